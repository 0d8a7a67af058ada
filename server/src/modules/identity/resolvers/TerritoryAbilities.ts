import type { TerritoryAbilitiesResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { grantableRoles, mayReadMembers } from '../identity.policy.js';

/** The identity module's abilities in a territory (the parent is the territory). */
export const TerritoryAbilities: TerritoryAbilitiesResolvers = {
  readMembers: (t, _args, ctx) => mayReadMembers(ctx.viewer, t.id),
  grantableRoles: (t, _args, ctx) => grantableRoles(ctx.viewer, t.id),
};
