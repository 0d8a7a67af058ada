import type { FunderTotalResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { required } from './required.js';

export const FunderTotal: FunderTotalResolvers = {
  funder: async (t, _args, ctx) =>
    required(await ctx.loaders.programmation.funderById.load({ territoryId: t.territoryId, id: t.funderId }), 'funder'),
};
