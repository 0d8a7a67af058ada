import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { TerritoryReportsDocument } from '../../__generated__/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { Empty, ErrorState, Loading, NotFound } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { REPORT_STATUS } from '@quartiers/ui-kit';

/** Every report of the territory, past years included. */
export function ReportsPage() {
  const { code = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TerritoryReportsDocument, { variables: { code } });
  const t = data?.territory;
  usePageTitle(t ? `Rapports annuels — ${t.name}` : undefined);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Ce territoire" />;
  if (!t) return <NotFound what="Ce territoire" />;
  return (
    <section>
      <Breadcrumb
        items={[{ to: '/', label: 'Territoires' }, { to: `/${t.code}`, label: t.code }, { label: 'Rapports' }]}
      />
      <h1>Rapports annuels et consultations</h1>
      {t.reports.edges.length === 0 ? (
        <Empty>Aucun rapport n’a encore été soumis à consultation.</Empty>
      ) : (
        <ul>
          {t.reports.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/${t.code}/rapports/${node.referenceYear}`}>{node.title}</Link> — {REPORT_STATUS[node.status]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
