import type { QuartierResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Quartier: QuartierResolvers = {
  indicators: (q, page, ctx) => ctx.services.territory.listIndicators(q.territoryId, page, { quartierId: q.id }),
  citizenCouncils: (q, _args, ctx) =>
    ctx.loaders.territory.citizenCouncilsByQuartierId.load({ territoryId: q.territoryId, id: q.id }),
  sourceIndicators: (q) => (Object.keys(q.indicators).length ? q.indicators : null),
};
