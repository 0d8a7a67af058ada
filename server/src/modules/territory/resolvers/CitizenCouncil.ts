import type { CitizenCouncilResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const CitizenCouncil: CitizenCouncilResolvers = {
  commune: (c, _args, ctx) =>
    c.communeId ? ctx.loaders.territory.communeById.load({ territoryId: c.territoryId, id: c.communeId }) : null,
  quartier: (c, _args, ctx) =>
    c.quartierId ? ctx.loaders.territory.quartierById.load({ territoryId: c.territoryId, id: c.quartierId }) : null,
};
