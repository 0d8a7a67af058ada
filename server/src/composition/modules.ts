import type { ModuleDeps } from '../modules/contract.js';
import { createTerritoryModule } from '../modules/territory/territory.module.js';
import { createProgrammationModule } from '../modules/programmation/programmation.module.js';
import { createIdentityModule } from '../modules/identity/identity.module.js';
import { createNotificationsModule } from '../modules/notifications/notifications.module.js';
import { createAuditModule } from '../modules/audit/audit.module.js';
import { createModerationModule } from '../modules/moderation/moderation.module.js';
import { createConsultationModule } from '../modules/consultation/consultation.module.js';
import { createEventsModule } from '../modules/events/events.module.js';
import { createIdeasModule } from '../modules/ideas/ideas.module.js';
import { createIdeaSearchCache, ideasModerationListeners } from '../modules/ideas/index.js';

/** Every module, built once per process, lower modules first. */
export function createModules(deps: ModuleDeps, { searchCacheSeconds }: { searchCacheSeconds: number }) {
  // Shared by the ideas module and its moderation listeners: a decision changes what searches find.
  const ideaSearch = createIdeaSearchCache(searchCacheSeconds);
  return {
    audit: createAuditModule(),
    notifications: createNotificationsModule(),
    territory: createTerritoryModule(deps),
    programmation: createProgrammationModule(deps),
    identity: createIdentityModule(deps),
    moderation: createModerationModule(deps, ideasModerationListeners(ideaSearch)),
    consultation: createConsultationModule(deps),
    events: createEventsModule(deps),
    ideas: createIdeasModule(deps, ideaSearch),
  };
}
export type Modules = ReturnType<typeof createModules>;
