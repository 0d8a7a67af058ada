import type { IndicatorResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Indicator: IndicatorResolvers = {
  quartier: (i, _args, ctx) =>
    i.quartierId ? ctx.loaders.territory.quartierById.load({ territoryId: i.territoryId, id: i.quartierId }) : null,
};
