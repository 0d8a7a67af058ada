import { useEffect, useRef, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { plural } from '@quartiers/ui-kit';
import { IdeasPageDocument, type IdeaFilter, type IdeaSort, type IdeaStatus } from '../../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useTerritoryTheme } from '../../ui/useTerritoryTheme';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { IdeaCards } from './IdeaCard';
import { QuartierOptions, ThemeOptions, WHOLE_TERRITORY } from './IdeaChoices';
import { IDEA_SORT_LABELS, IDEA_STATUS_LABELS, ideasPath } from './labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isKey = <T extends string>(labels: Record<T, string>, value: string | null): value is T =>
  value != null && Object.hasOwn(labels, value);

/** The list's state as the address carries it (`?statut=RETAINED&quartier=…&theme=…&tri=…&q=…`); unknown values are ignored. */
function readSearch(search: string) {
  const params = new URLSearchParams(search);
  const status = params.get('statut');
  const quartier = params.get('quartier') ?? '';
  const theme = params.get('theme') ?? '';
  const sort = params.get('tri');
  return {
    status: isKey(IDEA_STATUS_LABELS, status) ? status : '',
    quartier: quartier === WHOLE_TERRITORY || UUID.test(quartier) ? quartier : '',
    theme: UUID.test(theme) ? theme : '',
    sort: isKey(IDEA_SORT_LABELS, sort) ? sort : 'RECENT',
    q: (params.get('q') ?? '').trim().slice(0, 100),
  };
}
type ListState = ReturnType<typeof readSearch>;

function toFilter(s: ListState): IdeaFilter {
  return {
    status: (s.status || null) as IdeaStatus | null,
    quartierId: s.quartier && s.quartier !== WHOLE_TERRITORY ? s.quartier : null,
    wholeTerritory: s.quartier === WHOLE_TERRITORY ? true : null,
    themeId: s.theme || null,
    search: s.q || null,
  };
}

/** `/:code/idees`: the territory's published ideas, filtered, sorted and searched from the address. */
export function IdeasPage() {
  const { code = '' } = useParams();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = readSearch(search);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(IdeasPageDocument, {
    variables: { code, filter: toFilter(state), sort: state.sort as IdeaSort },
    notifyOnNetworkStatusChange: true,
  });
  const territory = (data ?? previousData)?.territory;
  usePageTitle(territory ? `Idées des habitants — ${territory.name}` : null);
  useTerritoryTheme(territory?.theme);
  // After « Afficher », focus goes to the count of results once they come.
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
    return <ErrorState error={error} retry={() => void refetch()} what="Cette liste d’idées" territoryCode={code} />;
  if (!territory) return <NotFound what="Ce territoire" />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const query: Record<string, string> = {};
    for (const [name, value] of form) if (String(value).trim()) query[name] = String(value).trim();
    if (query.tri === 'RECENT') delete query.tri;
    focusCount.current = true;
    navigate(ideasPath(code, query));
  };
  const ideas = data?.territory?.ideas;
  const filtered = Boolean(state.status || state.quartier || state.theme || state.q);
  return (
    <article>
      <Breadcrumb
        items={[{ to: '/', label: 'Territoires' }, { to: `/${code}`, label: territory.code }, { label: 'Idées' }]}
      />
      <h1>Idées des habitants</h1>
      <p>
        Les idées proposées pour les quartiers de {territory.name}, et ce qu’elles sont devenues.{' '}
        <Link to={`/${code}/idees/proposer`}>Proposer une idée</Link>
      </p>
      <form className="idea-filters" role="search" aria-label="Filtrer les idées" onSubmit={onSubmit} key={search}>
        <p className="field">
          <label htmlFor="ideas-q">Rechercher</label>
          <input id="ideas-q" name="q" type="search" defaultValue={state.q} maxLength={100} />
        </p>
        <p className="field">
          <label htmlFor="ideas-status">Statut</label>
          <select id="ideas-status" name="statut" defaultValue={state.status}>
            <option value="">Tous les statuts</option>
            {Object.entries(IDEA_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="ideas-quartier">Quartier</label>
          <select id="ideas-quartier" name="quartier" defaultValue={state.quartier}>
            <option value="">Tous les quartiers</option>
            <option value={WHOLE_TERRITORY}>Tout le territoire</option>
            <QuartierOptions territory={territory} />
          </select>
        </p>
        <p className="field">
          <label htmlFor="ideas-theme">Thème du contrat</label>
          <select id="ideas-theme" name="theme" defaultValue={state.theme}>
            <option value="">Tous les thèmes</option>
            <ThemeOptions territory={territory} />
          </select>
        </p>
        <p className="field">
          <label htmlFor="ideas-sort">Trier par</label>
          <select id="ideas-sort" name="tri" defaultValue={state.sort}>
            {Object.entries(IDEA_SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <button type="submit">Afficher les idées</button>
        </p>
      </form>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !ideas ? (
        <Loading />
      ) : (
        <>
          <p role="status" aria-live="polite" tabIndex={-1} ref={countRef}>
            {plural(ideas.totalCount, 'idée', 'idées')}
            {filtered ? ' pour ces critères' : ''} — {plural(ideas.edges.length, 'affichée', 'affichées')}
          </p>
          {ideas.edges.length === 0 ? (
            <Empty>
              {filtered ? 'Aucune idée pour ces critères.' : 'Aucune idée publiée pour l’instant.'}{' '}
              <Link to={`/${code}/idees/proposer`}>Proposez la vôtre</Link>
              {filtered && (
                <>
                  {' '}
                  ou <Link to={ideasPath(code)}>voyez toutes les idées</Link>
                </>
              )}
              .
            </Empty>
          ) : (
            <IdeaCards code={code} ideas={ideas.edges.map((e) => e.node)} />
          )}
          {ideas.pageInfo.hasNextPage && (
            <button
              type="button"
              disabled={loading}
              aria-busy={loading}
              onClick={() => void fetchMore({ variables: { after: ideas.pageInfo.endCursor } })}
            >
              {loading ? 'Chargement…' : 'Voir plus d’idées'}
            </button>
          )}
        </>
      )}
    </article>
  );
}
