import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders } from './territory.loaders.js';

/** What the territory module's services get for one request. */
export type TerritoryRequest = RequestDeps & { loaders: { territory: TerritoryLoaders } };
