import { useState } from 'react';
import type { Reference } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { FormError, Notice, eventWhen, registrationStatusLabel, useSubmission } from '@quartiers/ui-kit';
import {
  EvPCancelRegistrationDocument,
  MyEventRegistrationsDocument,
  type MyEventRegistrations_RegistrationFragment as Registration,
} from '../../__generated__/graphql';
import { eventPath, eventsPath } from '../events/labels';

/**
 * The person's coming registrations (every territory), each cancellable after a confirmation. The
 * cancellation's answer takes the registration out of the cached list (no refetch); its message, which
 * takes focus, tells that it is done.
 */
export function MyEventRegistrations({ territories }: { territories: readonly { code: string; name: string }[] }) {
  const { data, error } = useQuery(MyEventRegistrationsDocument, { fetchPolicy: 'cache-and-network' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const cancel = useSubmission(EvPCancelRegistrationDocument, {
    update(cache, { data: answer }) {
      const gone = answer?.cancelEventRegistration.registration;
      const me = data?.me;
      if (!gone || gone.status !== 'CANCELLED' || !me) return;
      cache.modify({
        id: cache.identify(me),
        fields: {
          eventRegistrations: (refs: readonly Reference[], { readField }) =>
            refs.filter((ref) => readField('id', ref) !== gone.id),
        },
      });
    },
  });
  const registrations = data?.me?.eventRegistrations ?? [];

  const onCancel = async (r: Registration) => {
    const done = await cancel.run({ input: { territoryId: r.event.territory.id, registrationId: r.id } });
    if (done) setConfirming(null);
  };
  // Keeping one's registration brings focus back to the button that asked.
  const keep = (id: string) => {
    setConfirming(null);
    requestAnimationFrame(() => document.getElementById(`unregister-${id}`)?.focus());
  };

  return (
    <section aria-labelledby="my-event-registrations">
      <h2 id="my-event-registrations">Mes inscriptions aux rencontres</h2>
      <FormError error={error ?? cancel.error} />
      {cancel.data && (
        // Keyed by registration: each cancellation's message takes focus anew (the item that had it is gone).
        <Notice key={cancel.data.cancelEventRegistration.registration?.id}>
          {cancel.data.cancelEventRegistration.message}
        </Notice>
      )}
      {data && registrations.length === 0 && <NoRegistrations territories={territories} />}
      {registrations.length > 0 && (
        <ul>
          {registrations.map((r) => (
            <li key={r.id}>
              <Link to={eventPath(r.event.territory.code, r.event.id)}>{r.event.title}</Link>
              <br />
              {eventWhen(r.event)}
              {r.event.place && ` — ${r.event.place}`} ({r.event.territory.name})
              <br />
              <strong>{registrationStatusLabel(r)}</strong>{' '}
              {confirming !== r.id ? (
                <button
                  type="button"
                  className="secondary"
                  id={`unregister-${r.id}`}
                  onClick={() => setConfirming(r.id)}
                >
                  Me désinscrire
                </button>
              ) : (
                <span role="group" aria-labelledby={`cancel-question-${r.id}`}>
                  <span id={`cancel-question-${r.id}`}>
                    Vous désinscrire de « {r.event.title} » ?
                    {r.status === 'CONFIRMED' && ' Votre place ira à la première personne de la liste d’attente.'}
                  </span>{' '}
                  <button
                    type="button"
                    onClick={() => void onCancel(r)}
                    disabled={cancel.pending}
                    aria-busy={cancel.pending}
                  >
                    {cancel.pending ? 'Désinscription…' : 'Oui, me désinscrire'}
                  </button>{' '}
                  <button type="button" className="secondary" onClick={() => keep(r.id)} autoFocus>
                    Non, garder mon inscription
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An empty list points to the agendas of the person's territories (or to the territories' list). */
function NoRegistrations({ territories }: { territories: readonly { code: string; name: string }[] }) {
  const unique = [...new Map(territories.map((t) => [t.code, t])).values()];
  return (
    <p>
      Vous n’êtes inscrit·e à aucune rencontre à venir.{' '}
      {unique.length > 0 ? (
        <>
          Consultez l’agenda :{' '}
          {unique.map((t, k) => (
            <span key={t.code}>
              {k > 0 && ', '}
              <Link to={eventsPath(t.code)}>rencontres — {t.name}</Link>
            </span>
          ))}
          .
        </>
      ) : (
        <>
          <Link to="/">Choisissez votre territoire</Link> pour consulter l’agenda de ses rencontres.
        </>
      )}
    </p>
  );
}
