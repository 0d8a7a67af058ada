import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { TerritoryHomeDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';
import { QUARTIER_KIND, formatEuros, formatNumber } from '../ui/format';
import { Breadcrumb } from '../ui/Breadcrumb';

export function TerritoryPage() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TerritoryHomeDocument, { variables: { code } });
  const t = data?.territory;
  usePageTitle(t?.name);
  useTerritoryTheme(t?.theme);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!t) return <NotFound what="Ce territoire" />;
  return (
    <article>
      <Breadcrumb items={[{ to: '/', label: 'Territoires' }, { label: t.code }]} />
      <h1>{t.name}</h1>
      <ul className="figures" aria-label="Chiffres clés">
        <li>
          <strong>{formatNumber(t.quartiers.totalCount)}</strong> quartiers décrits
        </li>
        <li>
          <strong>{formatNumber(t.communes.totalCount)}</strong> communes
        </li>
        {t.qpvPopulation != null && (
          <li>
            <strong>{formatNumber(t.qpvPopulation)}</strong> habitants en QPV
          </li>
        )}
        {t.population != null && (
          <li>
            <strong>{formatNumber(t.population)}</strong> habitants
          </li>
        )}
      </ul>

      <p>
        <Link to={`/${t.code}/rapports`}>Rapports annuels et consultations des conseils citoyens et des communes</Link>
      </p>

      <h2>Contrats de ville</h2>
      {t.contracts.edges.length === 0 ? (
        <Empty>Aucun contrat publié.</Empty>
      ) : (
        <ul>
          {t.contracts.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/${t.code}/contrats/${node.id}`}>{node.name}</Link>{' '}
              <span className="muted">
                ({node.startYear ?? '?'}–{node.endYear ?? '…'})
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2>Programmations annuelles</h2>
      {t.programmations.edges.length === 0 ? (
        <Empty>Aucune programmation publiée pour ce territoire.</Empty>
      ) : (
        <ul>
          {t.programmations.edges.map(({ node }) => (
            <li key={node.id}>
              {node.year ? (
                <Link to={`/${t.code}/programmation/${node.year}`}>Programmation {node.year}</Link>
              ) : (
                <span>Période {node.period}</span>
              )}{' '}
              <span className="muted">
                — {formatEuros(node.totalCost.printed ?? node.totalCost.computed)}
                {node.actionsFunded ? `, ${node.actionsFunded} actions financées` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2>Quartiers</h2>
      {t.quartiers.edges.length === 0 ? (
        <Empty>Les quartiers de ce territoire ne sont pas encore décrits.</Empty>
      ) : (
        <ul className="cards">
          {t.quartiers.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/${t.code}/quartiers/${node.id}`}>{node.name}</Link>
              <p className="muted">
                {QUARTIER_KIND[node.kind]}
                {node.communes.length > 0 && ` · ${node.communes.map((c) => c.name).join(', ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
