import type { RequestDeps } from '../contract.js';
import type { TerritoryLoaders, TerritoryService } from '../territory/index.js';
import type { ModerationLoaders, ModerationService } from '../moderation/index.js';
import type { ProgrammationService } from '../programmation/index.js';
import type { ConsultationLoaders } from './consultation.loaders.js';

/** What consultation services (and its file routes) get for one request. */
export type ConsultationRequest = RequestDeps & {
  loaders: { consultation: ConsultationLoaders; territory: TerritoryLoaders; moderation: ModerationLoaders };
  services: { territory: TerritoryService; moderation: ModerationService; programmation: ProgrammationService };
};
