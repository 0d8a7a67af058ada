import type { TerritoryAbilitiesResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { mayContribute, mayManageReports } from '../consultation.policy.js';

/** The consultation module's abilities in a territory (the parent is the territory); moderation adds `moderate`. */
export const TerritoryAbilities: TerritoryAbilitiesResolvers = {
  manageReports: (t, _args, ctx) => mayManageReports(ctx.viewer, t.id),
  contribute: (t, _args, ctx) => mayContribute(ctx.viewer, t.id),
};
