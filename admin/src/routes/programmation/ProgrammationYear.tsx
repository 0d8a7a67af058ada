import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { FormError, frameworkItemLabel, isUnknownAddress, type ActionStatus } from '@quartiers/ui-kit';
import { AdminFunderChoicesDocument, AdminProgrammationActionsDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { FilterSelect } from '../../ui/FilterSelect';
import { ProgrammationNav } from './ProgrammationNav';
import { PublishButton } from './PublishButton';
import { ActionsTable, ORDER_FIELDS, type SortColumn } from './ActionsTable';
import type { Sorting } from '../../ui/SortHeader';
import { BulkBar } from './BulkBar';
import { ConsistencyPanel } from './ConsistencyPanel';
import { OpenDataGaps } from './OpenDataGaps';
import { PROGRAMMATION_STATUS_LABELS, STATUS_CHOICES } from './labels';

/** One year's actions for staff: filters, a search, the table (sort, inline status, bulk changes) and the totals' checks. */
export function ProgrammationYear() {
  const { code = '', year: yearText = '' } = useParams();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [frameworkItemId, setFrameworkItemId] = useState('');
  const [funderId, setFunderId] = useState('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Sorted by the server, so that every page follows the order, not only the rows loaded so far.
  const [sorting, setSorting] = useState<Sorting<SortColumn>>({ key: 'reference', descending: false });
  const filter = {
    status: status || null,
    frameworkItemId: frameworkItemId || null,
    funderId: funderId || null,
    search: search || null,
  };
  const { data, loading, error, fetchMore } = useQuery(AdminProgrammationActionsDocument, {
    variables: { code, year, filter, orderBy: { field: ORDER_FIELDS[sorting.key], descending: sorting.descending } },
    skip: Number.isNaN(year),
  });
  const choices = useQuery(AdminFunderChoicesDocument, { variables: { code } });
  const t = data?.territory;
  const p = t?.programmation;
  if (error && !p && !isUnknownAddress(error, ['year'])) return <FormError error={error} />;
  if (loading && !p) return <p role="status">Chargement…</p>;
  if (!t || !p || p.year == null) return <p>Programmation introuvable.</p>;
  const actions = p.actions.edges.map((e) => e.node);
  const funders = (choices.data?.territory?.funders.edges ?? []).map(({ node }) => [node.id, node.name] as const);
  const items = p.contract?.frameworkItems ?? [];
  const axes = items.map((i) => [i.id, `${'\u00a0\u00a0'.repeat(i.depth)}${frameworkItemLabel(i)}`] as const);
  const filtered = Boolean(status || frameworkItemId || funderId || search);
  const onSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSearch(String(new FormData(e.currentTarget).get('search') ?? '').trim());
  };
  const shownSelected = actions.filter((a) => selected.has(a.id)).map((a) => a.id);
  return (
    <section>
      <h1>
        {t.name} — programmation {p.year} <span className="tag">{PROGRAMMATION_STATUS_LABELS[p.status]}</span>
      </h1>
      <TerritoryTabs code={code} />
      <ProgrammationNav code={code} />
      <p>
        <Link to={`/${code}/programmation/${p.year}/actions/nouvelle`}>Ajouter une action</Link>
      </p>
      <PublishButton territoryId={t.id} programmation={p} label={String(p.year)} />
      <div className="filters">
        <form role="search" aria-label="Filtrer les actions" className="filters" onSubmit={(e) => e.preventDefault()}>
          <FilterSelect label="Statut" all="Tous" value={status} choices={STATUS_CHOICES} onChange={setStatus} />
          <FilterSelect label="Axe" all="Tous" value={frameworkItemId} choices={axes} onChange={setFrameworkItemId} />
          <FilterSelect label="Financeur" all="Tous" value={funderId} choices={funders} onChange={setFunderId} />
        </form>
        <form role="search" aria-label="Rechercher une action" onSubmit={onSearch}>
          <label htmlFor="actions-search">Rechercher dans les titres</label>{' '}
          <input id="actions-search" name="search" type="search" defaultValue={search} maxLength={100} />{' '}
          <button type="submit">Rechercher</button>
        </form>
      </div>
      <h2 aria-live="polite">
        Actions ({p.actions.totalCount}
        {filtered ? ` sur ${p.recordedActionCount}` : ''})
      </h2>
      <BulkBar territoryId={t.id} selected={shownSelected} funders={funders} onDone={() => setSelected(new Set())} />
      {actions.length === 0 ? (
        <p>{filtered ? 'Aucune action ne correspond à ces filtres.' : 'Aucune action pour cette année.'}</p>
      ) : (
        <ActionsTable
          code={code}
          sorting={sorting}
          onSort={setSorting}
          year={p.year}
          territoryId={t.id}
          actions={actions}
          axes={new Map(items.map((i) => [i.id, frameworkItemLabel(i)]))}
          selected={selected}
          onSelect={setSelected}
        />
      )}
      {p.actions.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: p.actions.pageInfo.endCursor } })}>
          Afficher plus
        </button>
      )}
      <ConsistencyPanel code={code} year={p.year} />
      <OpenDataGaps code={code} year={p.year} />
    </section>
  );
}
