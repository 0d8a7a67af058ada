/** Moderation of whatever residents write, for every kind. Other modules import only from here. */
export { moderationEntities } from './entities/index.js';
export { createModerationLoaders, type ModerationLoaders } from './moderation.loaders.js';
export { createModerationService, type ModerationService, type ModerationDeps } from './moderation.service.js';
export { MODERATING_ROLES } from './moderation.policy.js';
export { MODERATION_REASONS, MODERATABLE_KINDS } from './moderation.types.js';
export type * from './moderation.types.js';
export { moderationResolvers } from './resolvers/index.js';
export { seedModerationItem } from './moderation.seed.js';
