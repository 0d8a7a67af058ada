import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { CalendarPlus } from 'lucide-react';
import { parisMonthRange, plural } from '@quartiers/ui-kit';
import { EvPEventsPageDocument } from '../../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { EventCards } from './EventCard';
import { EventFilters, filterQuery, isFiltered, readEventSearch, toEventFilter } from './EventFilters';
import { EventMonth, currentMonth, monthTitle, shiftMonth } from './EventMonth';
import { eventsPath, feedUrl, pastEventsPath } from './labels';

/** A month holds at most this many events on its calendar (more says so, and asks for a filter). */
const MONTH_SIZE = 100;

/** `/:code/evenements`: the upcoming events as a list, or a month as a calendar (`?vue=mois&mois=2026-12`). */
export function EventsPage() {
  const { code = '' } = useParams();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = readEventSearch(search);
  const month = state.month === 'courant' ? currentMonth() : state.month;
  const range = month ? parisMonthRange(month) : null;
  const filter = {
    ...toEventFilter(state),
    ...(range ? { from: range.from.toISOString(), to: range.to.toISOString() } : { time: 'UPCOMING' as const }),
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(EvPEventsPageDocument, {
    variables: { code, filter, first: range ? MONTH_SIZE : 20 },
    notifyOnNetworkStatusChange: true,
  });
  const territory = (data ?? previousData)?.territory;
  usePageTitle(territory ? `Rencontres${month ? ` de ${monthTitle(month)}` : ''} — ${territory.name}` : null);
  useTerritoryTheme(territory?.theme);
  // After « Afficher » or a change of month, focus goes to the count of results once they come.
  const countRef = useRef<HTMLParagraphElement>(null);
  const focusCount = useRef(false);
  useEffect(() => {
    if (!loading && focusCount.current) {
      focusCount.current = false;
      countRef.current?.focus();
    }
  }, [loading, data]);

  if (loading && !territory) return <Loading />;
  if (error && !territory)
    return <ErrorState error={error} retry={() => void refetch()} what="Cet agenda" territoryCode={code} />;
  if (!territory) return <NotFound what="Ce territoire" />;

  const kept = filterQuery(state);
  const monthLink = (m: string) => eventsPath(code, { ...kept, vue: 'mois', mois: m });
  const events = data?.territory?.events;
  const filtered = isFiltered(state);
  return (
    <article>
      <Breadcrumb
        items={[{ to: '/', label: 'Territoires' }, { to: `/${code}`, label: territory.code }, { label: 'Rencontres' }]}
      />
      <h1>Rencontres et ateliers</h1>
      <p>
        Les rencontres du Labo de la participation, les ateliers et les réunions publiques du contrat de ville :
        inscrivez-vous en une minute, avec ou sans compte.
      </p>
      <nav className="actions event-views" aria-label="Vues de l’agenda">
        <Link to={eventsPath(code, kept)} aria-current={month ? undefined : 'page'}>
          Liste des prochaines rencontres
        </Link>
        <Link to={monthLink(month ?? currentMonth())} aria-current={month ? 'page' : undefined}>
          Vue par mois
        </Link>
        <Link to={pastEventsPath(code)}>Rencontres passées et leurs suites</Link>
        <Link to={`/${code}/participation`}>Chiffres de la participation</Link>
      </nav>
      <EventFilters
        key={search}
        territory={territory}
        state={state}
        keep={month ? { vue: 'mois', mois: month } : undefined}
        onApply={(query) => {
          focusCount.current = true;
          navigate(eventsPath(code, query));
        }}
      />
      {month && (
        <nav className="event-month-nav" aria-label="Changer de mois">
          <Link to={monthLink(shiftMonth(month, -1))} onClick={() => (focusCount.current = true)}>
            ← {monthTitle(shiftMonth(month, -1))}
          </Link>
          <h2>{monthTitle(month)}</h2>
          <Link to={monthLink(shiftMonth(month, 1))} onClick={() => (focusCount.current = true)}>
            {monthTitle(shiftMonth(month, 1))} →
          </Link>
        </nav>
      )}
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !events ? (
        <Loading />
      ) : (
        <>
          <p role="status" aria-live="polite" tabIndex={-1} ref={countRef}>
            {plural(events.totalCount, 'rencontre', 'rencontres')}
            {month ? ` en ${monthTitle(month)}` : ' à venir'}
            {filtered ? ' pour ces critères' : ''}
          </p>
          {events.edges.length === 0 ? (
            <Empty>
              {month ? `Aucune rencontre prévue en ${monthTitle(month)}` : 'Aucune rencontre prévue pour l’instant'}
              {filtered ? ' pour ces critères' : ''}. Voyez les{' '}
              <Link to={pastEventsPath(code)}>rencontres passées et ce qui en est sorti</Link>
              {filtered && (
                <>
                  {' '}
                  ou <Link to={eventsPath(code)}>toutes les rencontres à venir</Link>
                </>
              )}
              .
            </Empty>
          ) : month ? (
            <EventMonth code={code} month={month} events={events.edges.map((e) => e.node)} />
          ) : (
            <EventCards code={code} events={events.edges.map((e) => e.node)} />
          )}
          {events.pageInfo.hasNextPage &&
            (month ? (
              <p className="notice">
                Ce mois compte plus de {MONTH_SIZE} rencontres : choisissez une commune ou un type pour les voir toutes.
              </p>
            ) : (
              <button
                type="button"
                disabled={loading}
                aria-busy={loading}
                onClick={() => void fetchMore({ variables: { after: events.pageInfo.endCursor } })}
              >
                {loading ? 'Chargement…' : 'Voir plus de rencontres'}
              </button>
            ))}
        </>
      )}
      <FeedLink code={code} />
    </article>
  );
}

/** The territory's iCalendar feed: one address that calendar apps keep up to date. */
function FeedLink({ code }: { code: string }) {
  const url = feedUrl(code);
  const webcal = `webcal://${window.location.host}${url}`;
  return (
    <section aria-labelledby="events-feed" className="event-feed">
      <h2 id="events-feed" className="section-title">
        <CalendarPlus aria-hidden="true" size={24} /> S’abonner au calendrier
      </h2>
      <p>
        Ajoutez l’agenda du territoire à votre calendrier (téléphone, Outlook, Google Agenda, Thunderbird…) : les
        nouvelles rencontres et leurs changements y apparaîtront d’eux-mêmes. Copiez l’adresse du calendrier dans
        «&nbsp;Ajouter un calendrier par URL&nbsp;» ou «&nbsp;S’abonner&nbsp;», ou ouvrez le lien d’abonnement sur votre
        téléphone.
      </p>
      <p className="actions">
        <a href={url}>Adresse du calendrier (iCalendar)</a>
        <a href={webcal}>S’abonner depuis cet appareil</a>
      </p>
    </section>
  );
}
