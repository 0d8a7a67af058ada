import type { TerritoryAbilitiesResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { mayManageEvents } from '../events.policy.js';

/** The events module's abilities in a territory (the parent is the territory). */
export const TerritoryAbilities: TerritoryAbilitiesResolvers = {
  manageEvents: (t, _args, ctx) => mayManageEvents(ctx.viewer, t.id),
};
