import type { Clock } from '../../shared/clock.js';
import type { TerritoryStore } from './territory.store.js';
import type { TerritoryRow } from './territory.types.js';

/** How long a territory row found by its code is reused before being read again. */
export const TERRITORY_TTL_MS = 10_000;

/**
 * Territories by code, shared by the requests of one server process for a few seconds. Nearly
 * every request starts by resolving its territory, a row that only an import changes; reading it
 * once per request was one statement in four on the programmation page. Another process (another
 * instance, a `pnpm run import`) sees a change within TERRITORY_TTL_MS. An unknown code is not
 * remembered, so a territory just imported is found at once.
 */
export function createTerritoryDirectory(store: TerritoryStore, clock: Clock) {
  const known = new Map<string, { row: TerritoryRow; until: number }>();
  return {
    async byCode(code: string): Promise<TerritoryRow | null> {
      const now = clock.now().getTime();
      const hit = known.get(code);
      if (hit && hit.until > now) return hit.row;
      const row = await store.territoryByCode(code);
      if (row) known.set(code, { row, until: now + TERRITORY_TTL_MS });
      else known.delete(code);
      return row;
    },
    /** After a change made by this process, which then serves it at once. */
    forget(code: string) {
      known.delete(code);
    },
  };
}

export type TerritoryDirectory = ReturnType<typeof createTerritoryDirectory>;
