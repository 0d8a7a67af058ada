import type { IdeasLoaders } from './ideas.loaders.js';
import type { IdeasService } from './ideas.service.js';
import type { IdeaParticipationService } from './idea-participation.service.js';
import type { IdeaStaffService } from './idea-staff.service.js';

/** The ideas module's part of the request scope and of the GraphQL context. */
export interface IdeasSlice {
  loaders: { ideas: IdeasLoaders };
  services: { ideas: IdeasService; ideaParticipation: IdeaParticipationService; ideaStaff: IdeaStaffService };
}
