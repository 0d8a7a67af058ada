import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ProgrammationStore } from './programmation.store.js';
import { withLinks } from './action-links.js';

/** Created for every request: batching and caching never leak across requests or viewers. */
export function createProgrammationLoaders(store: ProgrammationStore, territory: TerritoryLoaders) {
  return {
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
      async (t, ids) => withLinks(await store.actionsByIds(t, ids), territory),
      (r) => r.id,
    ),
    quartierIdsByActionId: tenantGroupLoader(
      (t, ids) => store.quartierIdsByActionIds(t, ids),
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
}

export type ProgrammationLoaders = ReturnType<typeof createProgrammationLoaders>;
