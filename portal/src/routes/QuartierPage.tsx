import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { QuartierPageDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';
import { Breadcrumb } from '../ui/Breadcrumb';
import { QUARTIER_KIND, formatNumber } from '../ui/format';
import { ActionList } from './ActionList';
import { TableRegion } from '../ui/TableRegion';
import { QuartierIdeas } from './ideas/IdeaSections';
import { QuartierEvents } from './events/EventSections';

export function QuartierPage() {
  const { code = '', quartierId = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(QuartierPageDocument, {
    variables: { code, id: quartierId },
    notifyOnNetworkStatusChange: true,
  });
  const q = data?.territory?.quartier;
  usePageTitle(q?.name);
  useTerritoryTheme(data?.territory?.theme);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Ce quartier" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!q) return <NotFound what="Ce quartier" territoryCode={code} />;
  const communes = [...q.communes.map((c) => c.name), ...q.externalCommunes];
  return (
    <article>
      <Breadcrumb
        items={[{ to: '/', label: 'Territoires' }, { to: `/${code}`, label: data.territory.code }, { label: q.name }]}
      />
      <h1>{q.name}</h1>
      <p>
        <span className="tag">{QUARTIER_KIND[q.kind]}</span>
        {communes.length > 0 && (
          <>
            {communes.length > 1 ? 'Communes' : 'Commune'} : {communes.join(', ')}
          </>
        )}
        {q.sharedWithEpci.length > 0 && <> · partagé avec {q.sharedWithEpci.join(', ')}</>}
      </p>
      {q.citizenCouncils.length > 0 && <p>Conseil citoyen : {q.citizenCouncils.map((c) => c.name).join(', ')}</p>}

      <h2>Indicateurs</h2>
      {q.indicators.edges.length === 0 ? (
        <Empty>Aucun indicateur publié pour ce quartier.</Empty>
      ) : (
        <TableRegion label="Indicateurs du quartier">
          <table>
            <caption>Indicateurs du quartier</caption>
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col" className="num">
                  Valeur
                </th>
                <th scope="col">Année</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {q.indicators.edges.map(({ node: i }) => (
                <tr key={i.id}>
                  <th scope="row">{i.name}</th>
                  <td className="num">
                    {i.valueText ?? formatNumber(i.value)} {i.unit === '%' ? '%' : ''}
                  </td>
                  <td>{i.year ?? '—'}</td>
                  <td>{i.source ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      <QuartierEvents code={code} quartier={q} />

      <QuartierIdeas code={code} quartier={q} />

      <h2>Actions financées dans le quartier et ses communes</h2>
      <ActionList
        code={code}
        connection={q.actions}
        loadingMore={loading}
        onMore={(after) => void fetchMore({ variables: { after } })}
      />
    </article>
  );
}
