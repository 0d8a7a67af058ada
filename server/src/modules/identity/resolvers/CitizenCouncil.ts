import type { CitizenCouncilResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const CitizenCouncil: CitizenCouncilResolvers = {
  members: (c, _args, ctx) => ctx.loaders.identity.membersByCouncilId.load({ territoryId: c.territoryId, id: c.id }),
};
