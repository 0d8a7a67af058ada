import type { Queryable } from '../../shared/sql.js';
import { createIdeaCoreStore } from './idea-core.store.js';
import { createIdeaParticipationStore } from './idea-participation.store.js';
import { createIdeaStaffStore } from './idea-staff.store.js';

/** The module's SQL, private to it: one store per part, composed. */
export function createIdeasStore(db: Queryable) {
  return { ...createIdeaCoreStore(db), ...createIdeaParticipationStore(db), ...createIdeaStaffStore(db) };
}
export type IdeasStore = ReturnType<typeof createIdeasStore>;
