import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { Queryable } from '../../shared/sql.js';
import { createModerationStore } from './moderation.store.js';

/** Created for every request; the store stays inside the module. */
export function createModerationLoaders(db: Queryable) {
  const store = createModerationStore(db);
  return {
    itemById: tenantLoader(
      (t, ids) => store.itemsByIds(t, ids),
      (r) => r.id,
    ),
    /** The item of a contribution (or any subject), by the subject's id. */
    itemBySubjectId: tenantLoader(
      (t, ids) => store.itemsBySubjectIds(t, ids),
      (r) => r.subjectId,
    ),
    reportsByItemId: tenantGroupLoader(
      (t, ids) => store.reportsByItemIds(t, ids),
      (r) => r.itemId,
    ),
  };
}
export type ModerationLoaders = ReturnType<typeof createModerationLoaders>;
