import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { TerritoriesDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { formatNumber } from '../ui/format';

export function TerritoriesPage() {
  usePageTitle('Choisir un territoire');
  const { data, loading, error, refetch } = useQuery(TerritoriesDocument);
  return (
    <section>
      <h1>Choisissez votre agglomération</h1>
      <p>Consultez son contrat de ville, ses quartiers prioritaires et les actions financées chaque année.</p>
      {loading && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.territories.edges.length === 0 && <Empty>Aucun territoire n’est encore publié.</Empty>}
      <ul className="cards">
        {data?.territories.edges.map(({ node }) => (
          <li key={node.id}>
            <Link to={`/${node.code}`}>{node.name}</Link>
            <p className="muted">
              {node.department} · {formatNumber(node.quartiers.totalCount)} quartier(s) décrit(s)
              {node.qpvPopulation ? ` · ${formatNumber(node.qpvPopulation)} habitants en QPV` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
