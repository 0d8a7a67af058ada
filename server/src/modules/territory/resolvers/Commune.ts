import type { CommuneResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Commune: CommuneResolvers = {
  quartiers: (c, _args, ctx) =>
    ctx.loaders.territory.quartiersByCommuneId.load({ territoryId: c.territoryId, id: c.id }),
};
