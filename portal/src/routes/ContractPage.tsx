import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { ContractTreeDocument, type ContractTree_ItemFragment as Item } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { Breadcrumb } from '../ui/Breadcrumb';
import { frameworkItemLabel, frenchDate } from '@quartiers/ui-kit';

const KIND: Record<string, string> = {
  pilier: 'Pilier',
  axe: 'Axe',
  ambition: 'Ambition',
  objectif: 'Objectif',
  axe_transversal: 'Axe transversal',
  enjeu: 'Enjeu',
};

function Tree({ items, parentId }: { items: Item[]; parentId: string | null }) {
  const level = items.filter((i) => (i.parent?.id ?? null) === parentId);
  if (level.length === 0) return null;
  return (
    <ul>
      {level.map((i) => (
        <li key={i.id}>
          <span className="tag">{KIND[i.kind] ?? i.kind}</span>
          {frameworkItemLabel(i)}
          {i.titleIsParaphrase && <span className="muted"> (intitulé résumé)</span>}
          <Tree items={items} parentId={i.id} />
        </li>
      ))}
    </ul>
  );
}

export function ContractPage() {
  const { code = '', contractId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContractTreeDocument, { variables: { code, id: contractId } });
  const contract = data?.territory?.contract;
  usePageTitle(contract?.name);
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} retry={() => void refetch()} what="Ce contrat" territoryCode={code} />;
  if (!data?.territory) return <NotFound what="Ce territoire" />;
  if (!contract) return <NotFound what="Ce contrat" territoryCode={code} />;
  return (
    <article>
      <Breadcrumb
        items={[
          { to: '/', label: 'Territoires' },
          { to: `/${code}`, label: data.territory.code },
          { label: 'Contrat' },
        ]}
      />
      <h1>{contract.name}</h1>
      <p className="muted">
        {contract.startYear ?? '?'}–{contract.endYear ?? '…'}
        {contract.signedOn && ` · signé le ${frenchDate(String(contract.signedOn), { weekday: false })}`}
      </p>
      <h2>Stratégie du contrat</h2>
      {contract.frameworkItems.length === 0 ? (
        <Empty>La stratégie de ce contrat n’est pas détaillée dans les sources.</Empty>
      ) : (
        <div className="tree">
          <Tree items={contract.frameworkItems} parentId={null} />
        </div>
      )}
    </article>
  );
}
