import type { ModerationLoaders } from './moderation.loaders.js';
import type { ModerationService } from './moderation.service.js';

/** The moderation module's part of the request scope and of the GraphQL context. */
export interface ModerationSlice {
  loaders: { moderation: ModerationLoaders };
  services: { moderation: ModerationService };
}
