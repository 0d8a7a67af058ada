import type { TerritoryStore } from './territory.store.js';
import type { TerritoryDirectory } from './territory-directory.js';

/** What the territory module builds once per process and hands to its services and routes. */
export interface TerritoryInternals {
  store: TerritoryStore;
  directory: TerritoryDirectory;
}
