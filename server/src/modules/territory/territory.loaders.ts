import DataLoader from 'dataloader';
import { batchScheduleFn, tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import { inKeyOrder } from '../../shared/rows.js';
import type { TerritoryStore } from './territory.store.js';

/** Created for every request: batching and caching never leak across requests or viewers. */
export function createTerritoryLoaders(store: TerritoryStore) {
  return {
    territoryById: new DataLoader(
      async (ids: readonly string[]) => inKeyOrder(ids, await store.territoriesByIds(ids), (r) => r.id),
      { batchScheduleFn },
    ),
    logoVersionById: new DataLoader(
      async (ids: readonly string[]) => inKeyOrder(ids, await store.logoVersionsByIds(ids), (r) => r.territoryId),
      { batchScheduleFn },
    ),
    extraDataById: new DataLoader(
      async (ids: readonly string[]) => inKeyOrder(ids, await store.extraDataByIds(ids), (r) => r.id),
      { batchScheduleFn },
    ),
    communeById: tenantLoader(
      (t, ids) => store.communesByIds(t, ids),
      (r) => r.id,
    ),
    quartierById: tenantLoader(
      (t, ids) => store.quartiersByIds(t, ids),
      (r) => r.id,
    ),
    quartiersByCommuneId: tenantGroupLoader(
      (t, ids) => store.quartiersByCommuneIds(t, ids),
      (r) => r.communeId,
    ),
    contractById: tenantLoader(
      (t, ids) => store.contractsByIds(t, ids),
      (r) => r.id,
    ),
    /** All versions of a contract, by the original's id (`familyId`), the original first. */
    contractVersionsByFamilyId: tenantGroupLoader(
      (t, ids) => store.contractVersionsByFamilyIds(t, ids),
      (r) => r.familyId,
    ),
    indicatorById: tenantLoader(
      (t, ids) => store.indicatorsByIds(t, ids),
      (r) => r.id,
    ),
    frameworkItemsByContractId: tenantGroupLoader(
      (t, ids) => store.frameworkItemsByContractIds(t, ids),
      (r) => r.contractId,
    ),
    frameworkItemById: tenantLoader(
      (t, ids) => store.frameworkItemsByIds(t, ids),
      (r) => r.id,
    ),
    citizenCouncilById: tenantLoader(
      (t, ids) => store.citizenCouncilsByIds(t, ids),
      (r) => r.id,
    ),
    citizenCouncilsByQuartierId: tenantGroupLoader(
      (t, ids) => store.citizenCouncilsByQuartierIds(t, ids),
      (r) => r.quartierId ?? '',
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
