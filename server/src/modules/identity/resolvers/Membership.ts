import type { MembershipResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located, scopedCouncil } from '../../territory/index.js';
import { permissionsOfRole } from '../identity.policy.js';

export const Membership: MembershipResolvers = {
  territory: async (m, _args, ctx) => (await ctx.loaders.territory.territoryById.load(m.territoryId))!,
  citizenCouncil: scopedCouncil,
  commune: located.commune,
  grantedAt: (m) => m.createdAt,
  permissions: (m) => permissionsOfRole(m.role),
};
