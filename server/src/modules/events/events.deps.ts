import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders, TerritoryService } from '../territory/index.js';
import type { AccountService, IdentityLoaders } from '../identity/index.js';
import type { EventsLoaders } from './events.loaders.js';
import type { EventRegistrationHooks } from './events.types.js';

/** What the events services (and the .ics routes) get for one request. */
export type EventsRequest = RequestDeps & {
  loaders: { events: EventsLoaders; territory: TerritoryLoaders; identity: IdentityLoaders };
  services: { territory: TerritoryService; account: AccountService; eventRegistrations: EventRegistrationHooks };
};
