import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { FormError, Notice, isUnknownAddress, plural, useSubmission } from '@quartiers/ui-kit';
import {
  AdminContractTreeDocument,
  AdminMoveFrameworkItemDocument,
  AdminRemoveFrameworkItemDocument,
  type ContractTreeItemFragment,
} from '../../__generated__/graphql';
import { TerritoryTabs } from '../../ui/TerritoryTabs';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ContractNav } from './ContractNav';
import { FrameworkItemForm } from './FrameworkItemForm';
import { CONTRACT_STATUS_LABELS, versionLabel } from './labels';

type Item = ContractTreeItemFragment;
interface TreeContext {
  territoryId: string;
  contractId: string;
  editable: boolean;
  children: Map<string, Item[]>;
  say: (message: string, keepFocus?: boolean) => void;
}

/** One version's strategy tree as a nested list; a draft's items are added, changed, moved and removed here. */
export function ContractTree() {
  const { code = '', contractId = '' } = useParams();
  const { data, loading, error } = useQuery(AdminContractTreeDocument, { variables: { code, id: contractId } });
  const [notice, setNotice] = useState<{ text: string; keepFocus: boolean; n: number } | null>(null);
  const t = data?.territory;
  if (error && !t) {
    return isUnknownAddress(error, ['id']) ? (
      <p>Cette version du contrat est introuvable.</p>
    ) : (
      <FormError error={error} />
    );
  }
  if (loading && !t) return <p role="status">Chargement…</p>;
  const contract = t?.contract;
  if (!t || !contract) return <p>Cette version du contrat est introuvable.</p>;
  const children = new Map<string, Item[]>();
  for (const item of contract.frameworkItems) {
    const key = item.parent?.id ?? '';
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const tree: TreeContext = {
    territoryId: t.id,
    contractId: contract.id,
    editable: contract.status === 'DRAFT',
    children,
    say: (text, keepFocus = false) => setNotice((n) => ({ text, keepFocus, n: (n?.n ?? 0) + 1 })),
  };
  return (
    <section>
      <h1>
        {contract.name} — {versionLabel(contract.amendmentNumber).toLowerCase()} (
        {CONTRACT_STATUS_LABELS[contract.status].toLowerCase()})
      </h1>
      <TerritoryTabs code={code} />
      <ContractNav code={code} />
      <p>
        <Link to={`/${code}/contrat`}>Toutes les versions du contrat</Link>
      </p>
      {notice && (
        <Notice key={notice.n} keepFocus={notice.keepFocus}>
          {notice.text}
        </Notice>
      )}
      {!tree.editable && (
        <p>Cette version n’est pas un projet : son arbre stratégique se lit ici et se modifie par un avenant.</p>
      )}
      <h2>Arbre stratégique ({plural(contract.frameworkItems.length, 'élément', 'éléments')})</h2>
      {contract.frameworkItems.length === 0 && <p>L’arbre de cette version est vide.</p>}
      <ItemList tree={tree} parentId="" />
      {tree.editable && (
        <FrameworkItemForm
          territoryId={t.id}
          contractId={contract.id}
          parentId={null}
          heading="Ajouter un élément de premier niveau"
          onDone={(m) => tree.say(m)}
        />
      )}
    </section>
  );
}

function ItemList({ tree, parentId }: { tree: TreeContext; parentId: string }) {
  const items = tree.children.get(parentId) ?? [];
  if (items.length === 0) return null;
  return (
    <ul className="tree">
      {items.map((item, index) => (
        <ItemNode key={item.id} tree={tree} item={item} index={index} last={index === items.length - 1} />
      ))}
    </ul>
  );
}

function ItemNode({ tree, item, index, last }: { tree: TreeContext; item: Item; index: number; last: boolean }) {
  const first = index === 0;
  const [open, setOpen] = useState<'edit' | 'add' | null>(null);
  const [removing, setRemoving] = useState(false);
  const move = useSubmission(AdminMoveFrameworkItemDocument);
  const remove = useSubmission(AdminRemoveFrameworkItemDocument);
  const descendants = countBelow(tree.children, item.id);
  const name = <span className="visually-hidden"> {item.title}</span>;
  const base = { territoryId: tree.territoryId, id: item.id, expectedVersion: item.version };
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);

  // While the move is sent its buttons are disabled, and the node moves in the list when the cache
  // reorders it: both drop the focus. It goes back on the button (or on the other one once the item
  // reached the end of its level) in the first render where the item has moved and its buttons work again.
  const refocus = useRef<{ direction: 'UP' | 'DOWN'; from: number } | null>(null);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || pending.from === index || move.pending) return;
    const [same, other] = pending.direction === 'UP' ? [upButton, downButton] : [downButton, upButton];
    (same.current?.disabled ? other : same).current?.focus();
    refocus.current = null;
  });

  async function moveTo(direction: 'UP' | 'DOWN') {
    refocus.current = { direction, from: index };
    if (await move.run({ input: { ...base, direction } })) {
      tree.say(
        direction === 'UP' ? `« ${item.title} » monté d’un rang.` : `« ${item.title} » descendu d’un rang.`,
        true,
      );
    } else refocus.current = null;
  }
  const done = (message: string) => {
    setOpen(null);
    tree.say(message);
  };

  return (
    <li>
      <p className="tree-item">
        {item.code && <strong>{item.code} </strong>}
        {item.title} <span className="tag">{item.kind}</span>
      </p>
      {tree.editable && (
        <p className="actions">
          <button
            type="button"
            aria-expanded={open === 'edit'}
            onClick={() => setOpen(open === 'edit' ? null : 'edit')}
          >
            Modifier{name}
          </button>{' '}
          <button type="button" ref={upButton} disabled={first || move.pending} onClick={() => void moveTo('UP')}>
            Monter{name}
          </button>{' '}
          <button type="button" ref={downButton} disabled={last || move.pending} onClick={() => void moveTo('DOWN')}>
            Descendre{name}
          </button>{' '}
          <button type="button" aria-expanded={open === 'add'} onClick={() => setOpen(open === 'add' ? null : 'add')}>
            Ajouter un sous-élément{name}
          </button>{' '}
          <button type="button" onClick={() => setRemoving(true)}>
            Retirer{name}
          </button>
        </p>
      )}
      <FormError error={move.error ?? remove.error} />
      {open && (
        <FrameworkItemForm
          territoryId={tree.territoryId}
          contractId={tree.contractId}
          item={open === 'edit' ? item : undefined}
          parentId={item.id}
          heading={open === 'edit' ? `Modifier « ${item.title} »` : `Ajouter un sous-élément à « ${item.title} »`}
          onDone={done}
        />
      )}
      <ConfirmDialog
        open={removing}
        title={`Retirer « ${item.title} » ?`}
        confirmLabel="Oui, retirer l’élément"
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void remove.run({ input: base }).then((ok) => ok && tree.say(`« ${item.title} » retiré.`));
        }}
      >
        <p>
          {descendants > 0
            ? `L’élément et ${plural(descendants, 'sous-élément', 'sous-éléments')} sont retirés de ce projet.`
            : 'L’élément est retiré de ce projet.'}
        </p>
      </ConfirmDialog>
      <ItemList tree={tree} parentId={item.id} />
    </li>
  );
}

/** How many items hang below `id`, at any depth. */
function countBelow(children: Map<string, Item[]>, id: string): number {
  return (children.get(id) ?? []).reduce((n, child) => n + 1 + countBelow(children, child.id), 0);
}
