import { DomainError } from '../../shared/errors.js';
import { isForeignKeyViolation, type Queryable } from '../../shared/sql.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit, type StoredAuditAction } from '../audit/index.js';
import { createTerritoryStore } from './territory.store.js';
import type { TerritoryRequest } from './territory.deps.js';
import type { ContractRow, FrameworkItemRow } from './territory.types.js';
import {
  createFrameworkItemInput,
  moveFrameworkItemInput,
  removeFrameworkItemInput,
  updateFrameworkItemInput,
} from './contract.inputs.js';
import { demandContractManager } from './contract.policy.js';
import { changedMeanwhile } from './changed-meanwhile.js';
import { movedAmongSiblings, rankOf, renumbered, subtreeIds } from './framework-tree.js';

/** What the journal keeps of an item. */
const view = (item: FrameworkItemRow) => ({
  kind: item.kind,
  code: item.code,
  title: item.title,
  parentId: item.parentId,
});

const inForceRefusal = () =>
  new DomainError(
    'CONFLICT',
    'Cette version du contrat n’est pas un projet : son arbre stratégique se modifie par un avenant.',
  );

/**
 * The strategy tree of a draft version, edited item by item: added last under its parent, changed,
 * moved among its siblings, removed with its children. Each change runs under the version's row lock
 * and moves the version on; an item's own changes check its version.
 */
export function createFrameworkItemsService(request: TerritoryRequest) {
  const { ds, clock, viewer, requestId } = request;
  const loaders = request.loaders.territory;
  const audit = (
    tx: Queryable,
    territoryId: string,
    action: StoredAuditAction,
    target: string,
    before: object | null,
    after: object | null,
  ) =>
    recordAudit(tx, clock, actorOf(viewer), requestId, {
      territoryId,
      action,
      targetType: 'FrameworkItem',
      targetId: target,
      before,
      after,
    });
  const stale = (territoryId: string, id: string) =>
    changedMeanwhile(ds, territoryId, { type: 'FrameworkItem', id }, 'Cet élément de l’arbre a été modifié');

  /** The item as read before any change, to find the version it belongs to. */
  async function itemOf(territoryId: string, id: string) {
    const item = await loaders.frameworkItemById.load({ territoryId, id });
    if (!item) throw new DomainError('NOT_FOUND', 'Élément de l’arbre introuvable sur ce territoire.');
    return item;
  }

  /**
   * Runs a change of a draft version's tree in one transaction, with the version locked, its whole
   * tree read as it is then, and the version moved on; the request's loaders then see the outcome.
   */
  async function inDraft<T>(
    territoryId: string,
    contractId: string,
    change: (tx: Queryable, items: FrameworkItemRow[]) => Promise<T>,
  ): Promise<{ result: T; contract: ContractRow }> {
    const out = await ds.transaction(async (tx) => {
      const txStore = createTerritoryStore(tx);
      const contract = await txStore.lockContract(territoryId, contractId);
      if (!contract) throw new DomainError('NOT_FOUND', 'Contrat introuvable sur ce territoire.');
      if (contract.status !== 'DRAFT') throw inForceRefusal();
      const result = await change(tx, await txStore.frameworkItemsByContractIds(territoryId, [contractId]));
      const touched = (await txStore.touchContract(territoryId, contractId, clock.now()))!;
      const items = await txStore.frameworkItemsByContractIds(territoryId, [contractId]);
      return { result, contract: touched, items };
    });
    const key = { territoryId, id: contractId };
    loaders.contractById.clear(key).prime(key, out.contract);
    loaders.frameworkItemsByContractId.clear(key).prime(key, out.items);
    for (const item of out.items)
      loaders.frameworkItemById.clear({ territoryId, id: item.id }).prime({ territoryId, id: item.id }, item);
    return { result: out.result, contract: out.contract };
  }

  /** A code names one item of the version (the programmation files actions by code). */
  function checkCode(items: FrameworkItemRow[], code: string | null, self: string | null) {
    if (code && items.some((it) => it.code === code && it.id !== self)) {
      throw new DomainError('BAD_USER_INPUT', `Le code ${code} est déjà celui d’un autre élément de cette version.`, {
        code: 'code déjà utilisé dans cette version',
      });
    }
  }

  return {
    async createFrameworkItem(input: unknown) {
      const i = parseInput(createFrameworkItemInput, input);
      demandContractManager(viewer, i.territoryId);
      const { result: id, contract } = await inDraft(i.territoryId, i.contractId, async (tx, items) => {
        if (i.parentId && !items.some((it) => it.id === i.parentId)) {
          throw new DomainError('BAD_USER_INPUT', 'L’élément parent n’appartient pas à cette version du contrat.', {
            parentId: 'inconnu dans cette version',
          });
        }
        checkCode(items, i.code, null);
        const txStore = createTerritoryStore(tx);
        const created = (await txStore.insertFrameworkItem(i.territoryId, i.contractId, i.parentId, i))!;
        await txStore.rewriteTree(i.territoryId, i.contractId, renumbered([...items, created]), null);
        await audit(tx, i.territoryId, 'framework-item.create', created.id, null, view(created));
        return created.id;
      });
      return { item: await loaders.frameworkItemById.load({ territoryId: i.territoryId, id }), contract };
    },

    async updateFrameworkItem(input: unknown) {
      const i = parseInput(updateFrameworkItemInput, input);
      demandContractManager(viewer, i.territoryId);
      const { contractId } = await itemOf(i.territoryId, i.id);
      const { result: item, contract } = await inDraft(i.territoryId, contractId, async (tx, items) => {
        const before = items.find((it) => it.id === i.id);
        if (!before || before.version !== i.expectedVersion) throw await stale(i.territoryId, i.id);
        checkCode(items, i.code, i.id);
        const after = (await createTerritoryStore(tx).updateFrameworkItem(i.territoryId, i.id, i.expectedVersion, i))!;
        await audit(tx, i.territoryId, 'framework-item.update', i.id, view(before), view(after));
        return after;
      });
      return { item, contract };
    },

    async moveFrameworkItem(input: unknown) {
      const i = parseInput(moveFrameworkItemInput, input);
      demandContractManager(viewer, i.territoryId);
      const { contractId } = await itemOf(i.territoryId, i.id);
      const { contract } = await inDraft(i.territoryId, contractId, async (tx, items) => {
        const before = items.find((it) => it.id === i.id);
        if (!before || before.version !== i.expectedVersion) throw await stale(i.territoryId, i.id);
        const places = movedAmongSiblings(items, i.id, i.direction);
        if (!places) {
          throw new DomainError(
            'BAD_USER_INPUT',
            i.direction === 'UP'
              ? 'Cet élément est déjà le premier de son niveau.'
              : 'Cet élément est déjà le dernier de son niveau.',
            { direction: 'impossible dans ce sens' },
          );
        }
        await createTerritoryStore(tx).rewriteTree(i.territoryId, contractId, places, i.id);
        const rank = rankOf(items, i.id);
        await audit(
          tx,
          i.territoryId,
          'framework-item.move',
          i.id,
          { rank },
          { rank: i.direction === 'UP' ? rank - 1 : rank + 1 },
        );
      });
      return { item: await loaders.frameworkItemById.load({ territoryId: i.territoryId, id: i.id }), contract };
    },

    /** Refused while actions are filed under the item or its children: they would lose their place in the tree. */
    async removeFrameworkItem(input: unknown) {
      const i = parseInput(removeFrameworkItemInput, input);
      demandContractManager(viewer, i.territoryId);
      const { contractId } = await itemOf(i.territoryId, i.id);
      const { contract } = await inDraft(i.territoryId, contractId, async (tx, items) => {
        const before = items.find((it) => it.id === i.id);
        if (!before || before.version !== i.expectedVersion) throw await stale(i.territoryId, i.id);
        const txStore = createTerritoryStore(tx);
        const removed = subtreeIds(items, i.id);
        // The database refuses to remove an item actions are filed under (their foreign key).
        await txStore.deleteFrameworkItem(i.territoryId, i.id, i.expectedVersion).catch((error: unknown) => {
          if (!isForeignKeyViolation(error)) throw error;
          throw new DomainError(
            'CONFLICT',
            'Des actions sont classées sous cet élément ou ses sous-éléments : rattachez-les ailleurs avant de le retirer.',
          );
        });
        const kept = items.filter((it) => !removed.includes(it.id));
        await txStore.rewriteTree(i.territoryId, contractId, renumbered(kept), null);
        await audit(tx, i.territoryId, 'framework-item.remove', i.id, view(before), { removedCount: removed.length });
      });
      loaders.frameworkItemById.clear({ territoryId: i.territoryId, id: i.id });
      return { item: null, contract };
    },
  };
}

export type FrameworkItemsService = ReturnType<typeof createFrameworkItemsService>;
