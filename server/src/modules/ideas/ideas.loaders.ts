import type { Queryable } from '../../shared/sql.js';
import { createIdeasStore } from './ideas.store.js';

/** Created for every request; the store stays inside the module. */
export function createIdeasLoaders(db: Queryable) {
  const store = createIdeasStore(db);
  void store;
  return {};
}
export type IdeasLoaders = ReturnType<typeof createIdeasLoaders>;
