import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import type { ModerationSlice } from '../moderation/index.js';
import type { ProgrammationSlice } from '../programmation/index.js';
import type { IdentitySlice } from '../identity/index.js';
import type { EventsSlice } from '../events/index.js';
import type { IdeasSlice } from './ideas.context.js';
import { createIdeasLoaders, type IdeasLoaders } from './ideas.loaders.js';
import { createIdeasService } from './ideas.service.js';
import { createIdeaParticipationService } from './idea-participation.service.js';
import { createIdeaStaffService } from './idea-staff.service.js';
import { ideasResolvers } from './resolvers/index.js';
import { ideaExportRoute } from './idea-export.route.js';
import { ideaPhotoRoutes } from './idea-photos.route.js';
import type { IdeaSearchCache } from './idea-search-cache.js';

type Scope = IdeasSlice &
  TerritorySlice &
  ModerationSlice &
  Pick<ProgrammationSlice, 'loaders'> &
  IdentitySlice &
  Pick<EventsSlice, 'loaders'>;

/** Residents' ideas: submission, moderation (the shared module), supports, comments, answers, links to actions. */
export function createIdeasModule(
  { ds }: ModuleDeps,
  searchCache: IdeaSearchCache,
): ServerModule<IdeasLoaders, IdeasSlice['services'], Scope> {
  return {
    resolvers: ideasResolvers,
    routes: (app, http) => {
      ideaPhotoRoutes(app, http);
      ideaExportRoute(app, http);
    },
    loaders: () => createIdeasLoaders(ds),
    services: (request) => ({
      ideas: createIdeasService(request, searchCache),
      ideaParticipation: createIdeaParticipationService(request),
      ideaStaff: createIdeaStaffService(request, searchCache),
    }),
  };
}
