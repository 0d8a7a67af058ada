import DataLoader from 'dataloader';
import type { Queryable } from '../../shared/sql.js';
import { batchScheduleFn, tenantGroupLoader, tenantLoader } from '../../shared/tenant-loader.js';
import type { Clock } from '../../shared/clock.js';
import { createEventsStore } from './events.store.js';
import { createEventRegistrationLoaders } from './event-registrations.loaders.js';
import type { EventCountsRow, EventRow, EventSettingsRow } from './events.types.js';

const NO_COUNTS = { confirmed: 0, waiting: 0, checkedIn: 0 };
const DEFAULT_RETENTION_MONTHS = 6;

interface NextKey {
  territoryId: string;
  quartierId: string;
  limit: number;
}

/** Created for every request; the store stays inside the module. */
export function createEventsLoaders(db: Queryable, clock: Clock) {
  const store = createEventsStore(db);
  const counts = tenantLoader(
    (t, ids) => store.countsByEventIds(t, ids),
    (r) => r.eventId,
  );
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
    /** Confirmed, waiting and checked-in registrations of each event (zeros without any). */
    countsByEventId: {
      load: async (key: {
        territoryId: string;
        id: string;
      }): Promise<Omit<EventCountsRow, 'territoryId' | 'eventId'>> => (await counts.load(key)) ?? NO_COUNTS,
      clear: (key: { territoryId: string; id: string }) => counts.clear(key),
    },
    /** The next events of a quartier: the quartiers of a page share one statement per limit. */
    nextByQuartier: new DataLoader<NextKey, EventRow[], string>(
      async (keys) => {
        const groups = new Map<string, NextKey[]>();
        for (const k of keys)
          groups.set(`${k.territoryId}|${k.limit}`, [...(groups.get(`${k.territoryId}|${k.limit}`) ?? []), k]);
        const found = new Map<string, EventRow[]>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { territoryId, limit } = group[0]!;
            const rows = await store.nextByQuartiers(
              territoryId,
              [...new Set(group.map((k) => k.quartierId))],
              limit,
              clock.now(),
            );
            for (const r of rows) {
              const key = `${territoryId}|${limit}|${r.quartierId}`;
              found.set(key, [...(found.get(key) ?? []), r]);
            }
          }),
        );
        return keys.map((k) => found.get(`${k.territoryId}|${k.limit}|${k.quartierId}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.territoryId}|${k.limit}|${k.quartierId}`, batchScheduleFn },
    ),
    settingsByTerritoryId: new DataLoader<string, EventSettingsRow>(
      async (ids) => {
        const rows = new Map((await store.settingsOf(ids)).map((r) => [r.territoryId, r]));
        return ids.map((id) => rows.get(id) ?? { territoryId: id, contactRetentionMonths: DEFAULT_RETENTION_MONTHS });
      },
      { batchScheduleFn },
    ),
    ...createEventRegistrationLoaders(store),
  };
}
export type EventsLoaders = ReturnType<typeof createEventsLoaders>;
