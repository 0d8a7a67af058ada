import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { ContractTreeDocument } from '../__generated__/graphql';
import { Empty, ErrorState, Loading, NotFound } from '../ui/States';
import { usePageTitle } from '../ui/usePageTitle';
import { Breadcrumb } from '../ui/Breadcrumb';

type Item = {
  id: string;
  parent?: { id: string } | null;
  kind: string;
  code?: string | null;
  title: string;
  titleIsParaphrase: boolean;
};

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
          {i.code && <span className="code">{i.code}</span>}
          {i.title}
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
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!contract || !data?.territory) return <NotFound what="Ce contrat" />;
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
        {contract.signedOn &&
          ` · signé le ${new Date(contract.signedOn).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}`}
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
