import { Link } from 'wouter';
import { CalendarDays, MapPin } from 'lucide-react';
import { EVENT_KIND_LABELS, eventWhen, plural } from '@quartiers/ui-kit';
import type { EventCard_EventFragment } from '../../__generated__/graphql';
import { eventPath } from './labels';
import './events.css';

/** Where an event takes place, as a line: venue, quartier, commune (what is known). */
export function eventWhere(e: Pick<EventCard_EventFragment, 'place' | 'commune' | 'quartier'>): string {
  const parts = [e.place, e.quartier?.name, e.commune?.name].filter((p): p is string => Boolean(p));
  return [...new Set(parts)].join(', ') || 'Lieu à préciser';
}

/** « Complet — liste d’attente », « 3 places restantes », « Inscriptions closes »: what a resident needs to know first. */
export function placesLabel(e: EventCard_EventFragment): string | null {
  if (e.status !== 'PLANNED') return null;
  if (!e.registrationOpen) return 'Inscriptions closes';
  if (e.placesLeft == null) return 'Inscription libre';
  if (e.placesLeft <= 0) return 'Complet — liste d’attente';
  return plural(e.placesLeft, 'place restante', 'places restantes');
}

/** A held event's participants; none recorded (an imported committee meeting) is said so, not « 0 participant ». */
export const participantsLabel = (count: number | null | undefined) =>
  count ? plural(count, 'participant', 'participants') : 'Participation non relevée';

export function EventStatusBadge({ status }: { status: EventCard_EventFragment['status'] }) {
  if (status !== 'CANCELLED') return null;
  return <span className="event-status event-status-CANCELLED">Annulée</span>;
}

/** A card: the title links to the event; kind, date, place and places left below it. */
function EventCard({ code, event }: { code: string; event: EventCard_EventFragment }) {
  const places = placesLabel(event);
  return (
    <li>
      <p className="eyebrow">{EVENT_KIND_LABELS[event.kind]}</p>
      <h3 className="card-title">
        <Link to={eventPath(code, event.id)}>{event.title}</Link>
      </h3>
      <p className="card-meta">
        <EventStatusBadge status={event.status} />
        <span>
          <CalendarDays aria-hidden="true" size={16} /> {eventWhen(event)}
        </span>
        <span>
          <MapPin aria-hidden="true" size={16} /> {eventWhere(event)}
        </span>
      </p>
      {places && <p className="card-meta">{places}</p>}
      {event.status === 'HELD' && <p className="card-meta">{participantsLabel(event.participantCount)}</p>}
    </li>
  );
}

/** Events as cards (the caller says when there are none). */
export function EventCards({ code, events }: { code: string; events: readonly EventCard_EventFragment[] }) {
  return (
    <ul className="cards">
      {events.map((event) => (
        <EventCard key={event.id} code={code} event={event} />
      ))}
    </ul>
  );
}
