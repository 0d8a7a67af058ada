import type { Queryable } from '../../shared/sql.js';
import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import { createIdeasStore } from './ideas.store.js';
import { createIdeaFollowUpLoaders } from './idea-followup.loaders.js';

/** Created for every request; the store stays inside the module. */
export function createIdeasLoaders(db: Queryable) {
  const store = createIdeasStore(db);
  return {
    ideaById: tenantLoader(
      (t, ids) => store.ideasByIds(t, ids),
      (r) => r.id,
    ),
    publicIdeasByEventId: tenantGroupLoader(
      (t, ids) => store.publicIdeasByEventIds(t, ids),
      (r) => r.eventId!,
    ),
    ...createIdeaFollowUpLoaders(store),
  };
}
export type IdeasLoaders = ReturnType<typeof createIdeasLoaders>;
