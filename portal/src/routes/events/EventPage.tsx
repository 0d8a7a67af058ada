import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { Accessibility, Baby, CalendarDays, CalendarPlus, Ear, Languages, MapPin } from 'lucide-react';
import {
  EVENT_ACCESSIBILITY_LABELS,
  EVENT_KIND_LABELS,
  accessibilityFeatures,
  eventWhen,
  frameworkItemLabel,
  type EventAccessibilityFeature,
} from '@quartiers/ui-kit';
import { EvPEventPageDocument, MeDocument, type EventPage_EventFragment } from '../../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { EventRegistration } from './EventRegistration';
import { EventOutcomes } from './EventOutcomes';
import { eventsPath, pastEventsPath } from './labels';
import './events.css';

const ACCESSIBILITY_ICONS: Record<EventAccessibilityFeature, typeof Accessibility> = {
  stepFreeAccess: Accessibility,
  childcare: Baby,
  interpretation: Languages,
  hearingLoop: Ear,
};

/** `/:code/evenements/:eventId`: the event, how to register, and once held what came of it. */
export function EventPage() {
  const { code = '', eventId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EvPEventPageDocument, { variables: { code, id: eventId } });
  const me = useQuery(MeDocument);
  const event = data?.territory?.event;
  usePageTitle(event?.title);
  useTerritoryTheme(data?.territory?.theme);
  if ((loading && !data) || (me.loading && !me.data)) return <Loading />;
  if (error)
    return <ErrorState error={error} retry={() => void refetch()} what="Cette rencontre" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!event) return <NotFound what="Cette rencontre" territoryCode={code} />;
  const past = event.status !== 'PLANNED';
  return (
    <article className="narrow">
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: data.territory.code },
          { to: past ? pastEventsPath(code) : eventsPath(code), label: past ? 'Rencontres passées' : 'Rencontres' },
          { label: event.title },
        ]}
      />
      <p className="eyebrow">{EVENT_KIND_LABELS[event.kind]}</p>
      <h1>{event.title}</h1>
      {event.status === 'CANCELLED' && (
        <p className="event-cancelled">
          <strong>Cette rencontre est annulée.</strong> Les personnes inscrites ont été prévenues par email.
        </p>
      )}
      <EventFacts code={code} event={event} />
      {/* Plain text, never markup: React renders it inert. */}
      {event.description && <p className="event-description">{event.description}</p>}
      {(!past || accessibilityFeatures(event.accessibility).length > 0) && <EventAccess event={event} />}
      {event.status === 'PLANNED' && (
        <>
          <EventRegistration
            code={code}
            territoryId={data.territory.id}
            event={event}
            signedIn={Boolean(me.data?.me)}
          />
          <p>
            <a href={event.icsUrl}>
              <CalendarPlus aria-hidden="true" size={18} /> Ajouter à mon agenda (fichier .ics)
            </a>
          </p>
        </>
      )}
      <EventOutcomes code={code} event={event} />
      <p className="actions">
        <Link to={eventsPath(code)}>Toutes les rencontres à venir</Link>
        {past && <Link to={pastEventsPath(code)}>Les autres rencontres passées</Link>}
      </p>
    </article>
  );
}

/** When, where, who organises, on which themes. */
function EventFacts({ code, event }: { code: string; event: EventPage_EventFragment }) {
  const themes = [...event.themes.map(frameworkItemLabel), ...event.topics];
  return (
    <dl className="event-facts">
      <dt>
        <CalendarDays aria-hidden="true" size={18} /> Date
      </dt>
      <dd>
        {eventWhen(event)}
        {event.sessions > 1 && ` (${event.sessions} séances)`}
      </dd>
      <dt>
        <MapPin aria-hidden="true" size={18} /> Lieu
      </dt>
      <dd>
        {event.place ?? 'Lieu à préciser'}
        {event.quartier && (
          <>
            {' — quartier '}
            <Link to={`/${code}/quartiers/${event.quartier.id}`}>{event.quartier.name}</Link>
          </>
        )}
        {event.commune && event.commune.name !== event.place && <>, {event.commune.name}</>}
      </dd>
      {event.organiser && (
        <>
          <dt>Organisée par</dt>
          <dd>{event.organiser}</dd>
        </>
      )}
      {themes.length > 0 && (
        <>
          <dt>Thèmes</dt>
          <dd>
            <ul className="event-themes">
              {themes.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The venue's accessibility: each feature with its icon and its words; what is not offered is said too. */
function EventAccess({ event }: { event: EventPage_EventFragment }) {
  const offered = accessibilityFeatures(event.accessibility);
  return (
    <section aria-labelledby="event-access">
      <h2 id="event-access">Accessibilité</h2>
      {offered.length === 0 ? (
        <p>Aucun aménagement particulier n’est annoncé : contactez l’équipe si vous avez un besoin.</p>
      ) : (
        <ul className="event-access">
          {offered.map((feature) => {
            const Icon = ACCESSIBILITY_ICONS[feature];
            return (
              <li key={feature}>
                <Icon aria-hidden="true" size={20} /> {EVENT_ACCESSIBILITY_LABELS[feature]}
              </li>
            );
          })}
        </ul>
      )}
      {event.accessibility.note && <p className="event-description">{event.accessibility.note}</p>}
    </section>
  );
}
