import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ProgrammationStore } from './programmation.store.js';
import type { ActionWithLinks } from './programmation.types.js';

/**
 * Created for every request: batching and caching never leak across requests or viewers. What an
 * action row brings along (communes, framework item) primes the territory module's loaders too.
 */
export function createProgrammationLoaders(store: ProgrammationStore, territory: TerritoryLoaders) {
  const loaders = {
    programmationById: tenantLoader(
      (t, ids) => store.programmationsByIds(t, ids),
      (r) => r.id,
    ),
    totalsByProgrammationId: tenantGroupLoader(
      (t, ids) => store.totalsByProgrammationIds(t, ids),
      (r) => r.programmationId,
    ),
    funderTotalsByProgrammationId: tenantGroupLoader(
      (t, ids) => store.funderTotalsByProgrammationIds(t, ids),
      (r) => r.programmationId,
    ),
    actionCountByProgrammationId: tenantGroupLoader(
      (t, ids) => store.actionCountsByProgrammationIds(t, ids),
      (r) => r.programmationId,
    ),
    actionById: tenantLoader(
      async (t, ids) => primeActionLinks(await store.actionsByIds(t, ids)),
      (r) => r.id,
    ),
    communeIdsByActionId: tenantGroupLoader(
      (t, ids) => store.communeIdsByActionIds(t, ids),
      (r) => r.actionId,
    ),
    quartierIdsByActionId: tenantGroupLoader(
      (t, ids) => store.quartierIdsByActionIds(t, ids),
      (r) => r.actionId,
    ),
    fundingsByActionId: tenantGroupLoader(
      (t, ids) => store.fundingsByActionIds(t, ids),
      (r) => r.actionId,
    ),
    operatorById: tenantLoader(
      (t, ids) => store.operatorsByIds(t, ids),
      (r) => r.id,
    ),
    funderById: tenantLoader(
      (t, ids) => store.fundersByIds(t, ids),
      (r) => r.id,
    ),
  };

  /** What an action row brought along is cached, so its fields cost no further statement. */
  function primeActionLinks<R extends ActionWithLinks>(rows: R[]): R[] {
    for (const a of rows) {
      const key = { territoryId: a.territoryId, id: a.id };
      const link = { territoryId: a.territoryId, actionId: a.id };
      if (a.operator) loaders.operatorById.prime({ territoryId: a.territoryId, id: a.operator.id }, a.operator);
      loaders.communeIdsByActionId.prime(
        key,
        a.communes.map((commune) => ({ ...link, communeId: commune.id })),
      );
      for (const commune of a.communes)
        territory.communeById.prime({ territoryId: a.territoryId, id: commune.id }, commune);
      if (a.frameworkItem) {
        territory.frameworkItemById.prime({ territoryId: a.territoryId, id: a.frameworkItem.id }, a.frameworkItem);
      }
      loaders.quartierIdsByActionId.prime(
        key,
        a.quartierIds.map((quartierId) => ({ ...link, quartierId })),
      );
      loaders.fundingsByActionId.prime(
        key,
        a.fundings.map(({ funderName: _, ...funding }) => funding),
      );
      for (const { funderId, funderName } of a.fundings) {
        loaders.funderById.prime(
          { territoryId: a.territoryId, id: funderId },
          { id: funderId, territoryId: a.territoryId, name: funderName },
        );
      }
    }
    return rows;
  }

  return { ...loaders, primeActionLinks };
}

export type ProgrammationLoaders = ReturnType<typeof createProgrammationLoaders>;
