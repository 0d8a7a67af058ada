import type { Queryable } from '../../shared/sql.js';

/** TODO(helper): the core part of the ideas SQL. */
export function createIdeaCoreStore(db: Queryable) {
  void db;
  return {};
}
