import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { EVENT_KIND_LABELS, eventWhen, plural } from '@quartiers/ui-kit';
import { EvPPastEventsDocument, type EvPPastEventsQuery } from '../../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { EventStatusBadge, eventWhere, participantsLabel } from './EventCard';
import { EventFilters, isFiltered, readEventSearch, toEventFilter } from './EventFilters';
import { eventPath, eventsPath, figuresPath, pastEventsPath } from './labels';

type PastEvent = NonNullable<EvPPastEventsQuery['territory']>['events']['edges'][number]['node'];

/** What came of a past event, in a line: participants, minutes, decisions, outputs, ideas. */
function outcomesSummary(e: PastEvent): string[] {
  if (e.status === 'CANCELLED') return ['Rencontre annulée'];
  const decisions = e.outcomes.filter((o) => o.kind === 'DECISION').length;
  const outputs = e.outcomes.length - decisions;
  return [
    e.participantCount
      ? `${participantsLabel(e.participantCount)}${e.participantsNote ? ` (${e.participantsNote})` : ''}`
      : participantsLabel(e.participantCount),
    e.minutes ? 'compte rendu' : null,
    decisions ? plural(decisions, 'décision', 'décisions') : null,
    outputs ? plural(outputs, 'production d’atelier', 'productions d’atelier') : null,
    e.ideas.length ? plural(e.ideas.length, 'idée recueillie', 'idées recueillies') : null,
  ].filter((s): s is string => Boolean(s));
}

/** `/:code/evenements/passes`: the events held (or cancelled), most recent first, with what came of them. */
export function PastEventsPage() {
  const { code = '' } = useParams();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = readEventSearch(search);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(EvPPastEventsDocument, {
    variables: { code, filter: { ...toEventFilter(state), time: 'PAST' } },
    notifyOnNetworkStatusChange: true,
  });
  const territory = (data ?? previousData)?.territory;
  usePageTitle(territory ? `Rencontres passées — ${territory.name}` : null);
  useTerritoryTheme(territory?.theme);
  if (loading && !territory) return <Loading />;
  if (error && !territory)
    return <ErrorState error={error} retry={() => void refetch()} what="Cette liste" territoryCode={code} />;
  if (!territory) return <NotFound what="Ce territoire" />;
  const events = data?.territory?.events;
  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: territory.code },
          { to: eventsPath(code), label: 'Rencontres' },
          { label: 'Rencontres passées' },
        ]}
      />
      <h1>Rencontres passées</h1>
      <p>
        Ce qui s’est dit et décidé lors des rencontres, et les idées qui en sont sorties.{' '}
        <Link to={figuresPath(code)}>Voir les chiffres de la participation</Link>
      </p>
      <EventFilters
        key={search}
        territory={territory}
        state={state}
        onApply={(query) => navigate(`${pastEventsPath(code)}?${new URLSearchParams(query).toString()}`)}
      />
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !events ? (
        <Loading />
      ) : (
        <>
          <p role="status" aria-live="polite">
            {plural(events.totalCount, 'rencontre passée', 'rencontres passées')}
            {isFiltered(state) ? ' pour ces critères' : ''}
          </p>
          {events.edges.length === 0 ? (
            <Empty>
              Aucune rencontre passée{isFiltered(state) ? ' pour ces critères' : ' pour l’instant'}.{' '}
              <Link to={eventsPath(code)}>Voir les prochaines rencontres</Link>.
            </Empty>
          ) : (
            <ul className="cards">
              {events.edges.map(({ node: e }) => (
                <li key={e.id}>
                  <p className="eyebrow">{EVENT_KIND_LABELS[e.kind]}</p>
                  <h2 className="card-title">
                    <Link to={eventPath(code, e.id)}>{e.title}</Link>
                  </h2>
                  <p className="card-meta">
                    <EventStatusBadge status={e.status} />
                    <span>{eventWhen(e)}</span>
                    <span>{eventWhere(e)}</span>
                  </p>
                  <p>{outcomesSummary(e).join(' · ')}</p>
                </li>
              ))}
            </ul>
          )}
          {events.pageInfo.hasNextPage && (
            <button
              type="button"
              disabled={loading}
              aria-busy={loading}
              onClick={() => void fetchMore({ variables: { after: events.pageInfo.endCursor } })}
            >
              {loading ? 'Chargement…' : 'Voir plus de rencontres passées'}
            </button>
          )}
        </>
      )}
    </article>
  );
}
