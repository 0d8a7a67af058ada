import DataLoader from 'dataloader';
import { groupedInKeyOrder, inKeyOrder } from './rows.js';

/** Every tenant row is looked up inside its territory, so batches filter on territory_id first. */
export interface TenantKey {
  territoryId: string;
  id: string;
}

/** A tenant key as one string: DataLoader's cache key, and a Map key wherever keys are deduplicated. */
export const tenantKeyString = (k: TenantKey) => `${k.territoryId}:${k.id}`;

/**
 * Batches everything asked for during one turn of the event loop (not one microtask tick): loads
 * issued at different promise depths of the same request then share a statement, which keeps the
 * statement count of a request fixed whatever the list length.
 */
export const batchScheduleFn = (callback: () => void) => void setImmediate(callback);

async function perTerritory<R>(
  keys: readonly TenantKey[],
  fetch: (territoryId: string, ids: string[]) => Promise<R[]>,
): Promise<Map<string, R[]>> {
  const idsByTerritory = new Map<string, string[]>();
  for (const { territoryId, id } of keys) {
    const ids = idsByTerritory.get(territoryId) ?? [];
    ids.push(id);
    idsByTerritory.set(territoryId, ids);
  }
  const entries = await Promise.all(
    [...idsByTerritory].map(async ([territoryId, ids]) => [territoryId, await fetch(territoryId, ids)] as const),
  );
  return new Map(entries);
}

/** One row per key (entity by id). */
export function tenantLoader<R extends { territoryId: string }>(
  fetch: (territoryId: string, ids: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
): DataLoader<TenantKey, R | null> {
  return new DataLoader(
    async (keys) => {
      const rows = [...(await perTerritory(keys, fetch)).values()].flat();
      return inKeyOrder(keys.map(tenantKeyString), rows, (r) => `${r.territoryId}:${keyOf(r)}`);
    },
    { cacheKeyFn: tenantKeyString, batchScheduleFn },
  );
}

/** Several rows per key (children by parent id). */
export function tenantGroupLoader<R extends { territoryId: string }>(
  fetch: (territoryId: string, ids: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
): DataLoader<TenantKey, R[]> {
  return new DataLoader(
    async (keys) => {
      const rows = [...(await perTerritory(keys, fetch)).values()].flat();
      return groupedInKeyOrder(keys.map(tenantKeyString), rows, (r) => `${r.territoryId}:${keyOf(r)}`);
    },
    { cacheKeyFn: tenantKeyString, batchScheduleFn },
  );
}
