import type { Queryable } from '../../shared/sql.js';
import { createModerationStore } from './moderation.store.js';

/**
 * The moderation items of other modules' subjects, in one statement, outside a request (the annex
 * files) or inside the caller's transaction; in a request, use `loaders.moderation.itemBySubjectId`.
 */
export const moderationItemsOf = async (
  db: Queryable,
  subjects: readonly { territoryId: string; subjectId: string }[],
) => (subjects.length ? createModerationStore(db).itemsOfSubjects(subjects) : []);
