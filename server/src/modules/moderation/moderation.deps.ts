import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ModerationLoaders } from './moderation.loaders.js';

/** What the moderation service gets for one request. */
export type ModerationRequest = RequestDeps & {
  loaders: { moderation: ModerationLoaders; territory: TerritoryLoaders };
};
