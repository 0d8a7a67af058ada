import type { MembershipResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { ROLE_PERMISSIONS } from '../../authz/index.js';

export const Membership: MembershipResolvers = {
  territory: async (m, _args, ctx) => (await ctx.loaders.territory.territoryById.load(m.territoryId))!,
  citizenCouncil: (m, _args, ctx) =>
    m.citizenCouncilId
      ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: m.territoryId, id: m.citizenCouncilId })
      : null,
  commune: (m, _args, ctx) =>
    m.communeId ? ctx.loaders.territory.communeById.load({ territoryId: m.territoryId, id: m.communeId }) : null,
  grantedAt: (m) => m.createdAt,
  permissions: (m) => [...ROLE_PERMISSIONS[m.role]],
};
