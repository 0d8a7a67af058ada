import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { AdminDashboardDocument } from '../__generated__/graphql';
import { FormError } from '@quartiers/ui-kit';
import { consoleTerritories, useViewer } from '../ui/access';

/** The territories whose console the viewer may open (the Shell has already sent away anyone with none). */
export function Dashboard() {
  const { data, loading, error } = useQuery(AdminDashboardDocument);
  const mine = consoleTerritories(useViewer().me);
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
          {data?.territories.edges
            .filter(({ node: t }) => mine.has(t.code))
            .map(({ node: t }) => (
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
