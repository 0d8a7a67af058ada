import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, FormError, eventWhen, plural } from '@quartiers/ui-kit';
import {
  AdminEventListDocument,
  type AdminEventRowFragment,
  type EventKind,
  type EventTime,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { FilterSelect } from '../../ui/FilterSelect';
import { EventsNav } from './EventsNav';
import { EventSettingsCard } from './EventSettingsCard';
import { KIND_CHOICES } from './labels';

const TIMES: { time: EventTime; label: string }[] = [
  { time: 'UPCOMING', label: 'À venir' },
  { time: 'PAST', label: 'Passés' },
];

/** The territory's events for staff: upcoming (soonest first) or past (latest first), by kind and commune. */
export function EventList() {
  const { code = '' } = useParams();
  const [time, setTime] = useState<EventTime>('UPCOMING');
  const [kind, setKind] = useState<EventKind | ''>('');
  const [communeId, setCommuneId] = useState('');
  const { data, loading, error, fetchMore } = useQuery(AdminEventListDocument, {
    variables: { code, filter: { time, kind: kind || null, communeId: communeId || null } },
  });
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const events = t.events;
  const communes = t.communes.edges.map(({ node }) => [node.id, node.name] as const);
  const filtered = Boolean(kind || communeId);
  return (
    <section>
      <h1>{t.name} — événements</h1>
      <TerritoryTabs code={code} />
      <EventsNav code={code} />
      <div className="segmented" role="group" aria-label="Période">
        {TIMES.map((o) => (
          <button key={o.time} type="button" aria-pressed={time === o.time} onClick={() => setTime(o.time)}>
            {o.label}
          </button>
        ))}
      </div>
      <form className="filters" role="search" aria-label="Filtrer les événements" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="Type" all="Tous" value={kind} choices={KIND_CHOICES} onChange={setKind} />
        <FilterSelect label="Commune" all="Toutes" value={communeId} choices={communes} onChange={setCommuneId} />
      </form>
      <h2 aria-live="polite">
        {time === 'UPCOMING' ? 'À venir' : 'Passés'} ({events.totalCount})
      </h2>
      {events.edges.length === 0 && (
        <p>
          {filtered
            ? 'Aucun événement ne correspond à ces filtres.'
            : time === 'UPCOMING'
              ? 'Aucun événement à venir. '
              : 'Aucun événement passé.'}
          {!filtered && time === 'UPCOMING' && <Link to={`/${code}/evenements/nouveau`}>Créer un événement</Link>}
        </p>
      )}
      <ul className="idea-queue">
        {events.edges.map(({ node }) => (
          <li key={node.id}>
            <EventRow code={code} event={node} />
          </li>
        ))}
      </ul>
      {events.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: events.pageInfo.endCursor } })}>
          Afficher plus d’événements
        </button>
      )}
      <EventSettingsCard code={code} territoryId={t.id} />
    </section>
  );
}

function EventRow({ code, event: e }: { code: string; event: AdminEventRowFragment }) {
  const where = [e.place, e.quartier?.name ?? e.commune?.name].filter(Boolean).join(', ');
  return (
    <article className="card">
      <h3>
        <Link to={`/${code}/evenements/${e.id}`}>{e.title}</Link>
      </h3>
      <p>
        <span className="tag">{EVENT_KIND_LABELS[e.kind]}</span>{' '}
        <span className="tag">{EVENT_STATUS_LABELS[e.status]}</span> {eventWhen(e)}
        {where && <> — {where}</>}
      </p>
      <p>
        {e.participantCount != null
          ? plural(e.participantCount, 'participant', 'participants')
          : `${plural(e.confirmedCount, 'inscrit', 'inscrits')}${e.capacity != null ? ` sur ${e.capacity} places` : ''}${
              e.waitingCount ? `, ${e.waitingCount} en liste d’attente` : ''
            }${e.registrationOpen ? '' : ' — inscriptions fermées'}`}
      </p>
      {e.status === 'PLANNED' && (
        <p>
          <Link to={`/${code}/evenements/${e.id}/presences`}>
            Le jour J <span className="visually-hidden">: « {e.title} »</span>
          </Link>
        </p>
      )}
    </article>
  );
}
