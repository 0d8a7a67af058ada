import DataLoader from 'dataloader';
import { batchScheduleFn, tenantLoader } from '../../shared/tenant-loader.js';
import type { EventsStore } from './events.store.js';
import type { EventRegistrationRow } from './events.types.js';

interface ViewerKey {
  territoryId: string;
  eventId: string;
  userId: string;
}

/** Registrations by id, waiting ranks and the viewer's own registrations: one statement per batch. */
export function createEventRegistrationLoaders(store: EventsStore) {
  return {
    registrationById: tenantLoader(
      (t, ids) => store.registrationsByIds(t, ids),
      (r) => r.id,
    ),
    waitingRankById: tenantLoader(
      (t, ids) => store.waitingRanks(t, ids),
      (r) => r.id,
    ),
    /** A person's live registration to each event asked for (the viewer's, in practice). */
    viewerRegistration: new DataLoader<ViewerKey, EventRegistrationRow | null, string>(
      async (keys) => {
        const groups = new Map<string, ViewerKey[]>();
        for (const k of keys)
          groups.set(`${k.territoryId}:${k.userId}`, [...(groups.get(`${k.territoryId}:${k.userId}`) ?? []), k]);
        const rows = (
          await Promise.all(
            [...groups.values()].map((g) =>
              store.viewerRegistrations(g[0]!.territoryId, [...new Set(g.map((k) => k.eventId))], g[0]!.userId),
            ),
          )
        ).flat();
        const byKey = new Map(rows.map((r) => [`${r.territoryId}:${r.eventId}:${r.userId}`, r]));
        return keys.map((k) => byKey.get(`${k.territoryId}:${k.eventId}:${k.userId}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.territoryId}:${k.eventId}:${k.userId}`, batchScheduleFn },
    ),
  };
}
