import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { ProgrammationPageDocument } from '../__generated__/graphql';
import { ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';
import { Breadcrumb } from '../ui/Breadcrumb';
import { CheckedAmount } from '../ui/CheckedAmount';
import { frameworkItemLabel, plural } from '@quartiers/ui-kit';
import { formatEuros, formatNumber } from '../ui/format';
import { ActionList } from './ActionList';
import { ProgrammationTotals, TotalCostNote } from './ProgrammationTotals';
import { FundChecks } from './FundChecks';

export function ProgrammationPage() {
  const { code = '', year = '' } = useParams();
  const [filter, setFilter] = useState<{ search?: string; communeId?: string; frameworkItemId?: string }>({});
  // A year that is no year is an unknown page, not a query GraphQL would refuse in English.
  const knownYear = /^\d{4}$/.test(year);
  const { data, loading, error, refetch, fetchMore } = useQuery(ProgrammationPageDocument, {
    variables: { code, year: Number(year), filter },
    notifyOnNetworkStatusChange: true,
    skip: !knownYear,
  });
  const p = data?.territory?.programmation;
  usePageTitle(p ? `Programmation ${p.year}` : null);
  useTerritoryTheme(data?.territory?.theme);
  if (!knownYear) return <NotFound what="Cette programmation" territoryCode={code} />;
  if (loading && !data) return <Loading />;
  if (error)
    return <ErrorState error={error} retry={() => void refetch()} what="Cette programmation" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!p) return <NotFound what="Cette programmation" territoryCode={code} />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (k: string) => (form.get(k) as string) || undefined;
    setFilter({ search: value('search'), communeId: value('communeId'), frameworkItemId: value('frameworkItemId') });
  };

  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: data.territory.code },
          { label: `Programmation ${p.year}` },
        ]}
      />
      <h1>Programmation {p.year}</h1>
      {p.contract && <p className="muted">{p.contract.name}</p>}
      <ul className="figures" aria-label="Chiffres clés">
        <li>
          <strong>
            {p.totalCost.printed != null ? <CheckedAmount value={p.totalCost} /> : formatEuros(p.actionTotals.total)}
          </strong>{' '}
          coût total des actions
        </li>
        {p.projectsSubmitted != null && (
          <li>
            <strong>{formatNumber(p.projectsSubmitted)}</strong> projets déposés
          </li>
        )}
        {p.actionsFunded != null && (
          <li>
            <strong>{formatNumber(p.actionsFunded)}</strong> actions financées
          </li>
        )}
        {(p.specificCredits.printed ?? p.specificCredits.computed) != null && (
          <li>
            <strong>
              <CheckedAmount value={p.specificCredits} />
            </strong>{' '}
            crédits spécifiques
          </li>
        )}
      </ul>
      <TotalCostNote programmation={p} />

      <ProgrammationTotals programmation={p} />
      <FundChecks programmation={p} />

      <h2>Actions de la programmation</h2>
      <form role="search" className="filters" onSubmit={onSubmit} aria-label="Filtrer les actions">
        <div>
          <label htmlFor="search">Mots-clés</label>
          <input id="search" name="search" type="search" defaultValue={filter.search} />
        </div>
        <div>
          <label htmlFor="communeId">Commune</label>
          <select id="communeId" name="communeId" defaultValue={filter.communeId ?? ''}>
            <option value="">Toutes les communes</option>
            {data.territory.communes.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        {p.contract && p.contract.frameworkItems.length > 0 && (
          <div>
            <label htmlFor="frameworkItemId">Axe ou ambition</label>
            <select id="frameworkItemId" name="frameworkItemId" defaultValue={filter.frameworkItemId ?? ''}>
              <option value="">Tous</option>
              {p.contract.frameworkItems.map((i) => (
                <option key={i.id} value={i.id}>
                  {'\u00a0'.repeat(i.depth * 2)}
                  {frameworkItemLabel(i)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit">Filtrer</button>
      </form>
      {/* The actions' totals count them already: no statement of its own for the count. */}
      {p.actionsFunded != null && p.actionTotals.actionCount < p.actionsFunded && (
        <p className="muted">
          {plural(p.actionTotals.actionCount, 'action détaillée', 'actions détaillées')} dans les sources sur{' '}
          {plural(p.actionsFunded, 'financée', 'financées')}.
        </p>
      )}
      <ActionList
        code={code}
        connection={p.actions}
        loadingMore={loading}
        onMore={(after) => void fetchMore({ variables: { after } })}
      />
    </article>
  );
}
