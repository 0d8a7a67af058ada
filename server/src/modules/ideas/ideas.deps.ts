import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders, TerritoryService } from '../territory/index.js';
import type { ModerationLoaders, ModerationService } from '../moderation/index.js';
import type { ProgrammationLoaders } from '../programmation/index.js';
import type { AccountService, IdentityLoaders } from '../identity/index.js';
import type { EventsLoaders } from '../events/index.js';
import type { IdeasLoaders } from './ideas.loaders.js';

/** What the ideas services (and the photo routes) get for one request. */
export type IdeasRequest = RequestDeps & {
  loaders: {
    ideas: IdeasLoaders;
    territory: TerritoryLoaders;
    moderation: ModerationLoaders;
    programmation: ProgrammationLoaders;
    identity: IdentityLoaders;
    events: EventsLoaders;
  };
  services: { territory: TerritoryService; moderation: ModerationService; account: AccountService };
};
