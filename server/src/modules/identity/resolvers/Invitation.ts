import type { InvitationResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Invitation: InvitationResolvers = {
  citizenCouncil: (i, _args, ctx) =>
    i.citizenCouncilId
      ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: i.territoryId, id: i.citizenCouncilId })
      : null,
  commune: (i, _args, ctx) =>
    i.communeId ? ctx.loaders.territory.communeById.load({ territoryId: i.territoryId, id: i.communeId }) : null,
};
