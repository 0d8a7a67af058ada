import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearch } from 'wouter';
import {
  EVENT_ACCESSIBILITY_LABELS,
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  FormError,
  Notice,
  accessibilityFeatures,
  eventWhen,
  isUnknownAddress,
  plural,
  useSubmission,
} from '@quartiers/ui-kit';
import { AdminEventDocument, AdminUpdateEventDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { EventsNav } from './EventsNav';
import { EventForm } from './EventForm';
import { EventStatusActions } from './EventStatusActions';
import { StaffRegistration } from './StaffRegistration';
import { forgetEventLists } from './cache';

/** One event for staff: what it is, its registrations, its status, and its form. */
export function EventDetail() {
  const { code = '', eventId = '' } = useParams();
  const created = new URLSearchParams(useSearch()).has('cree');
  const { data, loading, error } = useQuery(AdminEventDocument, { variables: { code, id: eventId } });
  const update = useSubmission(AdminUpdateEventDocument, { update: (cache) => forgetEventLists(cache, code) });
  const t = data?.territory;
  const e = t?.event;
  if (error && !e && !isUnknownAddress(error, ['id'])) return <FormError error={error} />;
  if (loading && !e) return <p role="status">Chargement…</p>;
  if (!t || !e) return <p>Événement introuvable.</p>;
  const access = accessibilityFeatures(e.accessibility).map((f) => EVENT_ACCESSIBILITY_LABELS[f]);
  const where = [e.place, e.quartier?.name, e.commune?.name].filter(Boolean).join(', ');
  return (
    <section>
      <h1>
        {e.title} <span className="tag">{EVENT_STATUS_LABELS[e.status]}</span>
      </h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} eventId={e.id} />
      {created && <Notice keepFocus>Événement créé.</Notice>}
      <section className="card" aria-labelledby="event-summary">
        <h2 id="event-summary">En bref</h2>
        <p>
          {EVENT_KIND_LABELS[e.kind]} — {eventWhen(e)}
          {where && <> — {where}</>}
        </p>
        <p>
          {plural(e.confirmedCount, 'inscrit', 'inscrits')}
          {e.capacity != null && <> sur {plural(e.capacity, 'place', 'places')}</>}
          {e.waitingCount > 0 && <>, {e.waitingCount} en liste d’attente</>} ; inscriptions{' '}
          {e.registrationOpen ? 'ouvertes' : 'fermées'}.
        </p>
        {e.participantCount != null && <p>{plural(e.participantCount, 'participant', 'participants')}.</p>}
        <p>Accessibilité : {access.length ? access.join(' ; ') : 'non précisée'}.</p>
        {e.accessibility.note && <p>{e.accessibility.note}</p>}
        <p>
          <Link to={`/${code}/evenements/${e.id}/presences`}>Registre des présences (le jour J)</Link> ·{' '}
          <Link to={`/${code}/evenements/${e.id}/compte-rendu`}>Compte rendu</Link> ·{' '}
          <a href={e.icsUrl}>Fichier agenda (.ics)</a>
        </p>
      </section>
      <EventStatusActions
        code={code}
        territoryId={t.id}
        eventId={e.id}
        status={e.status}
        registrants={e.confirmedCount + e.waitingCount}
      />
      {e.status === 'PLANNED' && <StaffRegistration territoryId={t.id} eventId={e.id} />}
      <details className="card">
        <summary>Modifier l’événement</summary>
        {update.data && !update.error && <Notice>Événement enregistré.</Notice>}
        <EventForm
          code={code}
          event={e}
          submitLabel="Enregistrer les modifications"
          busy={update.pending}
          serverError={update.error}
          onSave={(event) => void update.run({ input: { territoryId: t.id, eventId: e.id, event } })}
        />
      </details>
    </section>
  );
}
