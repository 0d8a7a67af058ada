import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders } from '../territory/index.js';
import type { ProgrammationLoaders } from './programmation.loaders.js';

/** What the programmation module's services get for one request. */
export type ProgrammationRequest = RequestDeps & {
  loaders: { programmation: ProgrammationLoaders; territory: TerritoryLoaders };
};
