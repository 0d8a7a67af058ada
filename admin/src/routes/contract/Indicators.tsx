import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { FormError, Notice } from '@quartiers/ui-kit';
import { AdminIndicatorsDocument } from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ContractNav } from './ContractNav';
import { IndicatorForm } from './IndicatorForm';

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** The territory's indicators as a table; one is corrected in the form below it, or a new one added. */
export function Indicators() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminIndicatorsDocument, { variables: { code } });
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  const t = data?.territory;
  if (error && !t) return <FormError error={error} />;
  if (loading && !t) return <p role="status">Chargement…</p>;
  if (!t) return <p>Territoire introuvable.</p>;
  const quartiers = t.quartiers.edges.map((e) => e.node);
  const rows = t.indicators.edges.map((e) => e.node);
  const edited = rows.find((r) => r.id === editing);
  const done = (text: string) => {
    setEditing(null);
    setNotice((n) => ({ text, n: (n?.n ?? 0) + 1 }));
  };
  return (
    <section>
      <h1>{t.name} — indicateurs</h1>
      <TerritoryTabs code={code} />
      <ContractNav code={code} />
      {notice && <Notice key={notice.n}>{notice.text}</Notice>}
      <table>
        <caption>Indicateurs ({t.indicators.totalCount})</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Échelle</th>
            <th scope="col">Année</th>
            <th scope="col">Valeur</th>
            <th scope="col">Source</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.quartier?.name ?? r.quartierLabel ?? r.scope}</td>
              <td>{r.year ?? '—'}</td>
              <td className="num">
                {r.approximate ? 'env. ' : ''}
                {r.value !== null ? numberFormat.format(r.value) : (r.valueText ?? '—')}
                {r.unit ? ` ${r.unit}` : ''}
              </td>
              <td>{r.source ?? '—'}</td>
              <td>
                <button type="button" onClick={() => setEditing(r.id)} aria-expanded={editing === r.id}>
                  Modifier<span className="visually-hidden"> {r.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>Aucun indicateur : ajoutez le premier ci-dessous.</p>}
      {t.indicators.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: t.indicators.pageInfo.endCursor } })}>
          Afficher plus d’indicateurs
        </button>
      )}
      {edited ? (
        <IndicatorForm
          key={`${edited.id}-${edited.version}`}
          code={code}
          territoryId={t.id}
          quartiers={quartiers}
          indicator={edited}
          onDone={done}
          onReload={() => void refetch()}
        />
      ) : (
        <IndicatorForm code={code} territoryId={t.id} quartiers={quartiers} onDone={done} />
      )}
    </section>
  );
}
