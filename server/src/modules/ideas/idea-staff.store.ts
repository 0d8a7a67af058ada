import type { Queryable } from '../../shared/sql.js';

/** TODO(helper): the staff part of the ideas SQL. */
export function createIdeaStaffStore(db: Queryable) {
  void db;
  return {};
}
