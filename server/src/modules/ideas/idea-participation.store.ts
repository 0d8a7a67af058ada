import type { Queryable } from '../../shared/sql.js';

/** TODO(helper): the participation part of the ideas SQL. */
export function createIdeaParticipationStore(db: Queryable) {
  void db;
  return {};
}
