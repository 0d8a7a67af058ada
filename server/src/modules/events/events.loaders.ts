import type { Queryable } from '../../shared/sql.js';
import { tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import { createEventsStore } from './events.store.js';
import { createEventRegistrationLoaders } from './event-registrations.loaders.js';

/** Created for every request; the store stays inside the module. */
export function createEventsLoaders(db: Queryable) {
  const store = createEventsStore(db);
  return {
    eventById: tenantLoader(
      (t, ids) => store.eventsByIds(t, ids),
      (r) => r.id,
    ),
    themesByEventId: tenantGroupLoader(
      (t, ids) => store.themesByEventIds(t, ids),
      (r) => r.eventId,
    ),
    outcomesByEventId: tenantGroupLoader(
      (t, ids) => store.outcomesByEventIds(t, ids),
      (r) => r.eventId,
    ),
    ...createEventRegistrationLoaders(store),
  };
}
export type EventsLoaders = ReturnType<typeof createEventsLoaders>;
