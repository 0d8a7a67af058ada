import { LRUCache } from 'lru-cache';

/**
 * Which ideas a full-text search or a suggestion found, kept a few seconds in this process. A search
 * walks or intersects thousands of ideas holding common words (« jardin », « parc »), where a list
 * page reads 21 rows; the same words come back from many residents, and from one resident typing.
 * Only ids and cursors are kept: the ideas themselves are read fresh by id and filtered as public
 * again, so a hidden, refused or merged idea leaves every result at once. A change of what searches
 * find (publication, merge, answer) starts a new generation of the territory's entries in this
 * process; other instances see it when their entries expire. `ttlSeconds` 0 turns the cache off.
 */
export function createIdeaSearchCache(ttlSeconds: number) {
  const entries = ttlSeconds > 0 ? new LRUCache<string, Promise<unknown>>({ max: 5000, ttl: ttlSeconds * 1000 }) : null;
  const generations = new Map<string, number>();

  return {
    /** The cached result of `compute` for these words of this territory; concurrent misses compute once. */
    async get<T>(territoryId: string, parts: unknown[], compute: () => Promise<T>): Promise<T> {
      if (!entries) return compute();
      const key = `${territoryId} ${generations.get(territoryId) ?? 0} ${JSON.stringify(parts)}`;
      let found = entries.get(key) as Promise<T> | undefined;
      if (!found) {
        found = compute();
        entries.set(key, found);
        found.catch(() => entries.delete(key));
      }
      return found;
    },

    /** What the territory's searches find has changed: later searches start afresh. */
    changed(territoryId: string) {
      generations.set(territoryId, (generations.get(territoryId) ?? 0) + 1);
    },
  };
}
export type IdeaSearchCache = ReturnType<typeof createIdeaSearchCache>;
