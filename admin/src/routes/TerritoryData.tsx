import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { AdminOperatorsDocument } from '../__generated__/graphql';
import { FormError, OPERATOR_KIND_LABELS } from '@quartiers/ui-kit';
import { TerritoryTabs } from '../ui/TerritoryTabs';

export function TerritoryData() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(AdminOperatorsDocument, { variables: { code } });
  if (loading) return <p role="status">Chargement…</p>;
  if (error) return <FormError error={error} />;
  if (!data?.territory) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{data.territory.name}</h1>
      <TerritoryTabs code={code} />
      <table>
        <caption>Porteurs de projets ({data.territory.operators.totalCount})</caption>
        <thead>
          <tr>
            <th scope="col">Porteur</th>
            <th scope="col">Type</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.territory.operators.edges.map(({ node }) => (
            <tr key={node.id}>
              <th scope="row">{node.name}</th>
              <td>{OPERATOR_KIND_LABELS[node.kind]}</td>
              <td className="num">{node.actions.totalCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
