import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { AdminDashboardDocument } from '../__generated__/graphql';
import { FormError } from '@quartiers/ui-kit';

export function Dashboard() {
  const { data, loading, error } = useQuery(AdminDashboardDocument);
  if (loading) return <p role="status">Chargement…</p>;
  if (error) return <FormError error={error} />;
  return (
    <section>
      <h1>Territoires</h1>
      <table>
        <caption>Données importées par territoire</caption>
        <thead>
          <tr>
            <th scope="col">Territoire</th>
            <th scope="col">Communes</th>
            <th scope="col">Quartiers</th>
            <th scope="col">Actions</th>
            <th scope="col">Porteurs</th>
            <th scope="col">Indicateurs</th>
          </tr>
        </thead>
        <tbody>
          {data?.territories.edges.map(({ node: t }) => (
            <tr key={t.code}>
              <th scope="row">
                <Link to={`/${t.code}`}>{t.name}</Link>
              </th>
              <td className="num">{t.communes.totalCount}</td>
              <td className="num">{t.quartiers.totalCount}</td>
              <td className="num">{t.actions.totalCount}</td>
              <td className="num">{t.operators.totalCount}</td>
              <td className="num">{t.indicators.totalCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
