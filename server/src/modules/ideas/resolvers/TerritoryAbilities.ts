import type { TerritoryAbilitiesResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { mayManageIdeas } from '../ideas.policy.js';

/** The ideas module's abilities in a territory (the parent is the territory). */
export const TerritoryAbilities: TerritoryAbilitiesResolvers = {
  manageIdeas: (t, _args, ctx) => mayManageIdeas(ctx.viewer, t.id),
  ideaCouncils: (t, _args, ctx) => ctx.services.ideas.councilsForViewer(t.id),
};
