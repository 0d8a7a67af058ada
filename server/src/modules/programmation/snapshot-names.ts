import { found } from '../../shared/rows.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { SnapshotActionRow, StoredSnapshotAction } from './programmation-export.store.js';

const byName = new Intl.Collator('fr');
const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

/**
 * Names the communes, quartiers and top-level axis of a programmation's actions through the
 * territory's loaders: one batched statement per kind (the axis from the whole tree of each contract
 * involved, read once), whatever the number of actions.
 */
export async function withSnapshotNames(
  territoryId: string,
  rows: StoredSnapshotAction[],
  territory: TerritoryLoaders,
): Promise<SnapshotActionRow[]> {
  const keys = (ids: string[]) => ids.map((id) => ({ territoryId, id }));
  const [communes, quartiers, items] = await Promise.all([
    territory.communeById.loadMany(keys(unique(rows.flatMap((r) => r.communeIds)))),
    territory.quartierById.loadMany(keys(unique(rows.flatMap((r) => r.quartierIds)))),
    territory.frameworkItemById.loadMany(keys(unique(rows.map((r) => r.frameworkItemId)))),
  ]);
  const contracts = unique(items.filter(found).map((i) => i.contractId));
  const trees = await territory.frameworkItemsByContractId.loadMany(keys(contracts));
  const itemById = new Map(trees.filter(found).flatMap((tree) => tree.map((i) => [i.id, i] as const)));
  const communeName = new Map(communes.filter(found).map((c) => [c.id, c.name]));
  const quartierName = new Map(quartiers.filter(found).map((q) => [q.id, q.name]));
  const names = (ids: string[], of: Map<string, string>) => ids.flatMap((id) => of.get(id) ?? []).sort(byName.compare);
  const axisOf = (id: string | null) => {
    let item = id ? itemById.get(id) : undefined;
    while (item?.parentId && itemById.has(item.parentId)) item = itemById.get(item.parentId);
    return item ? { code: item.code, title: item.title } : null;
  };
  return rows.map(({ communeIds, quartierIds, frameworkItemId, ...action }) => ({
    ...action,
    communes: names(communeIds, communeName),
    quartiers: names(quartierIds, quartierName),
    axis: axisOf(frameworkItemId),
  }));
}
