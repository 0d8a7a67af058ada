import type { MemberResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Reached only through fields that require MEMBERS_READ in the member's territory. */
export const Member: MemberResolvers = {
  citizenCouncil: (m, _args, ctx) =>
    m.citizenCouncilId
      ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: m.territoryId, id: m.citizenCouncilId })
      : null,
  commune: (m, _args, ctx) =>
    m.communeId ? ctx.loaders.territory.communeById.load({ territoryId: m.territoryId, id: m.communeId }) : null,
  grantedAt: (m) => m.createdAt,
};
