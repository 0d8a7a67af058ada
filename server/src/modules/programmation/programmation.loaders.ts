import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ProgrammationStore } from './programmation.store.js';
import type { Viewer } from '../../authz/index.js';
import { withLinks } from './action-links.js';
import { seesPublicOnly } from './programmation.policy.js';

/**
 * Created for every request: batching and caching never leak across requests or viewers. What
 * the viewer may see (drafts and unfunded actions for staff) is decided per territory of the batch.
 */
export function createProgrammationLoaders(store: ProgrammationStore, territory: TerritoryLoaders, viewer: Viewer) {
  const publicOnly = (territoryId: string) => seesPublicOnly(viewer, territoryId);
  return {
    programmationById: tenantLoader(
      (t, ids) => store.programmationsByIds(t, ids, publicOnly(t)),
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
      (t, ids) => store.actionCountsByProgrammationIds(t, ids, publicOnly(t)),
      (r) => r.programmationId,
    ),
    /** Totals computed from the actions the viewer may see; the public's, for a report's figures. */
    actionTotalsByProgrammationId: tenantGroupLoader(
      (t, ids) => store.actionTotalsByProgrammationIds(t, ids, publicOnly(t)),
      (r) => r.programmationId,
    ),
    publicActionTotalsByProgrammationId: tenantGroupLoader(
      (t, ids) => store.actionTotalsByProgrammationIds(t, ids, true),
      (r) => r.programmationId,
    ),
    actionById: tenantLoader(
      async (t, ids) => withLinks(await store.actionsByIds(t, ids, publicOnly(t)), territory),
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
    /** Keyed by year (as text): the funds are a year's, not a programmation's. */
    fundChecksByYear: tenantGroupLoader(
      (t, years) => store.fundChecksByYears(t, years),
      (r) => r.year,
    ),
    funderById: tenantLoader(
      (t, ids) => store.fundersByIds(t, ids),
      (r) => r.id,
    ),
  };
}

export type ProgrammationLoaders = ReturnType<typeof createProgrammationLoaders>;
