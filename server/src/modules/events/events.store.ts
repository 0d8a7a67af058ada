import type { Queryable } from '../../shared/sql.js';
import { createEventCoreStore } from './event-core.store.js';
import { createEventCountsStore } from './event-counts.store.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';

/** The module's SQL, private to it: one store per part, composed. */
export function createEventsStore(db: Queryable) {
  return { ...createEventCoreStore(db), ...createEventCountsStore(db), ...createEventRegistrationsStore(db) };
}
export type EventsStore = ReturnType<typeof createEventsStore>;
