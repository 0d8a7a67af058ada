import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import type { ModerationSlice } from './moderation.context.js';
import { createModerationLoaders, type ModerationLoaders } from './moderation.loaders.js';
import { createModerationService } from './moderation.service.js';
import { moderationResolvers } from './resolvers/index.js';
import type { ModerationListeners } from './moderation.types.js';

/** Moderation of whatever residents write, for every kind: a mechanism other modules use. */
export function createModerationModule(
  { ds }: ModuleDeps,
  listeners: ModerationListeners = {},
): ServerModule<ModerationLoaders, ModerationSlice['services'], ModerationSlice & Pick<TerritorySlice, 'loaders'>> {
  return {
    resolvers: moderationResolvers,
    loaders: () => createModerationLoaders(ds),
    services: (request) => ({ moderation: createModerationService(request, listeners) }),
  };
}
