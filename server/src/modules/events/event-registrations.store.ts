import type { Queryable } from '../../shared/sql.js';

/** Registrations' SQL (registration, waiting list, check-in, reminders, retention): S2 fills it. */
export function createEventRegistrationsStore(_db: Queryable) {
  return {};
}
