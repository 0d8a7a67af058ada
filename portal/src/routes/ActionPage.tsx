import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { ActionPageDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { useTerritoryTheme } from '../ui/useTerritoryTheme';
import { Breadcrumb } from '../ui/Breadcrumb';
import { OPERATOR_KIND_LABELS, frameworkItemLabel } from '@quartiers/ui-kit';
import { formatEuros } from '../ui/format';
import { FunderAmounts } from '../ui/FunderAmounts';
import { ActionIdeas } from './ideas/IdeaSections';

export function ActionPage() {
  const { code = '', actionId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ActionPageDocument, { variables: { code, id: actionId } });
  const a = data?.territory?.action;
  usePageTitle(a?.title);
  useTerritoryTheme(data?.territory?.theme);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Cette action" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!a) return <NotFound what="Cette action" territoryCode={code} />;
  const quartiers = [...a.quartiers, ...a.communes.flatMap((c) => c.quartiers)].filter(
    (q, i, all) => all.findIndex((x) => x.id === q.id) === i,
  );
  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: data.territory.code },
          ...(a.programmation?.year
            ? [{ to: `/${code}/programmation/${a.programmation.year}`, label: `Programmation ${a.programmation.year}` }]
            : []),
          { label: 'Action' },
        ]}
      />
      <h1>{a.title}</h1>
      <dl>
        <dt>Année</dt>
        <dd>{a.year}</dd>
        <dt>Porteur</dt>
        <dd>{a.operator ? `${a.operator.name} (${OPERATOR_KIND_LABELS[a.operator.kind]})` : 'Non précisé'}</dd>
        <dt>Communes</dt>
        <dd>
          {a.communes.length
            ? a.communes.map((c) => c.name).join(', ')
            : a.intercommunal
              ? 'Action intercommunale'
              : 'Non précisées'}
        </dd>
        <dt>Quartiers concernés</dt>
        <dd>
          {quartiers.length
            ? quartiers.map((q, i) => (
                <span key={q.id}>
                  {i > 0 && ', '}
                  <Link to={`/${code}/quartiers/${q.id}`}>{q.name}</Link>
                </span>
              ))
            : 'Non précisés'}
        </dd>
        <dt>Objectif du contrat</dt>
        <dd>
          {a.frameworkItem
            ? [a.frameworkItem.parent, a.frameworkItem]
                .flatMap((item) => (item ? [frameworkItemLabel(item)] : []))
                .join(' › ')
            : a.frameworkCode
              ? `Code ${a.frameworkCode} des sources (intitulé non publié)`
              : 'Non précisé'}
        </dd>
      </dl>
      <h2>Financements</h2>
      {a.fundings.length === 0 ? (
        <Empty>Le détail des financements de cette action n’est pas publié.</Empty>
      ) : (
        <FunderAmounts caption={`Financements par financeur (total ${formatEuros(a.totalAmount)})`} rows={a.fundings} />
      )}
      <ActionIdeas code={code} action={a} />
    </article>
  );
}
