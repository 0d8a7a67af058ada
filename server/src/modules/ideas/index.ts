/** The ideas module's public surface: types and what the composition root wires (moderation listeners, RGPD). */
export type { IdeasLoaders } from './ideas.loaders.js';
export type { IdeasService } from './ideas.service.js';
export type { IdeaParticipationService } from './idea-participation.service.js';
export type { IdeaStaffService } from './idea-staff.service.js';
export type { IdeasSlice } from './ideas.context.js';
export type * from './ideas.types.js';
export { ideasModerationListeners } from './idea-moderation.listeners.js';
export { createIdeaSearchCache } from './idea-search-cache.js';
export { seedDemoIdeas } from './demo-ideas.js';
