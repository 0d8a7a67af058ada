import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../__generated__';

const OPERATORS = graphql(`
  query AdminOperators($code: String!) {
    territory(code: $code) {
      name
      operators(first: 100) {
        totalCount
        edges {
          node {
            id
            name
            kind
            actions(first: 0) {
              totalCount
            }
          }
        }
      }
    }
  }
`);

export function TerritoryData() {
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(OPERATORS, { variables: { code } });
  if (loading) return <p role="status">Chargement…</p>;
  if (error) return <p role="alert">Erreur : {error.message}</p>;
  if (!data?.territory) return <p>Territoire introuvable.</p>;
  return (
    <section>
      <h1>{data.territory.name}</h1>
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
              <td>{node.kind}</td>
              <td className="num">{node.actions.totalCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
