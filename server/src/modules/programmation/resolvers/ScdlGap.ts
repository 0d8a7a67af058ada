import type { ScdlGapResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const ScdlGap: ScdlGapResolvers = {
  action: (g, _args, ctx) => ctx.loaders.programmation.actionById.load({ territoryId: g.territoryId, id: g.actionId }),
  funder: (g, _args, ctx) =>
    g.funderId ? ctx.loaders.programmation.funderById.load({ territoryId: g.territoryId, id: g.funderId }) : null,
};
