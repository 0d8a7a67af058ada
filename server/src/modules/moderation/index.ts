/** Moderation's public surface for the modules whose residents write: types, reasons, items of subjects, demo. */
export type { ModerationLoaders } from './moderation.loaders.js';
export type { ModerationService } from './moderation.service.js';
export type { ModerationSlice } from './moderation.context.js';
export { MODERATION_REASONS, MODERATABLE_KINDS } from './moderation.types.js';
export type * from './moderation.types.js';
export { seedModerationItem } from './moderation.seed.js';
export { moderationItemsOf } from './moderation-lookup.js';
export { isPublic } from './moderation.policy.js';
