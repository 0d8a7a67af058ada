import { useLocation, useParams } from 'wouter';
import { useQuery } from '@apollo/client/react';
import { FormError, useSubmission } from '@quartiers/ui-kit';
import { AdminCreateEventDocument, AdminEventFormChoicesDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { EventsNav } from './EventsNav';
import { EventForm } from './EventForm';
import { forgetEventLists } from './cache';

/** A new event: once created, staff land on its page. */
export function EventNew() {
  const { code = '' } = useParams();
  const [, navigate] = useLocation();
  const { data, error } = useQuery(AdminEventFormChoicesDocument, { variables: { code } });
  const create = useSubmission(AdminCreateEventDocument, { update: (cache) => forgetEventLists(cache, code) });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (!t) return <p role="status">Chargement…</p>;
  return (
    <section>
      <h1>{t.name} — nouvel événement</h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} />
      <p>Les dates et heures sont celles de Paris. Les champs marqués d’une astérisque sont obligatoires.</p>
      <EventForm
        code={code}
        submitLabel="Créer l’événement"
        busy={create.pending}
        serverError={create.error}
        onSave={(event) =>
          void create.run({ input: { territoryId: t.id, event } }).then((answer) => {
            const created = answer?.createEvent.event;
            if (created) navigate(`/${code}/evenements/${created.id}?cree=1`);
          })
        }
      />
    </section>
  );
}
