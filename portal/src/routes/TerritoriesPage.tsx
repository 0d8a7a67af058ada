import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { plural } from '@quartiers/ui-kit';
import { Building2, MapPin, UsersRound } from 'lucide-react';
import { TerritoriesDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { formatNumber } from '../ui/format';

export function TerritoriesPage() {
  usePageTitle('Choisir un territoire');
  const { data, loading, error, refetch } = useQuery(TerritoriesDocument);
  return (
    <section>
      <div className="hero">
        <h1>Choisissez votre agglomération</h1>
        <p className="hero-meta">
          Consultez son contrat de ville, ses quartiers prioritaires et les actions financées chaque année.
        </p>
      </div>
      {loading && <Loading />}
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {data && data.territories.edges.length === 0 && <Empty>Aucun territoire n’est encore publié.</Empty>}
      <ul className="cards">
        {data?.territories.edges.map(({ node }) => (
          <li key={node.id}>
            <h2 className="card-title">
              <Link to={`/${node.code}`}>{node.name}</Link>
            </h2>
            <p className="card-meta">
              {node.department && (
                <span>
                  <MapPin aria-hidden="true" size={16} /> {node.department}
                </span>
              )}
              <span>
                <Building2 aria-hidden="true" size={16} />{' '}
                {plural(node.quartiers.totalCount, 'quartier décrit', 'quartiers décrits')}
              </span>
            </p>
            {node.qpvPopulation ? (
              <p className="card-meta">
                <span>
                  <UsersRound aria-hidden="true" size={16} />
                  <span>
                    <span className="card-figure">{formatNumber(node.qpvPopulation)}</span> habitants en QPV
                  </span>
                </span>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
