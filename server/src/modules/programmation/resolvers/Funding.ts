import type { FundingResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { required } from './required.js';

export const Funding: FundingResolvers = {
  funder: async (f, _args, ctx) =>
    required(await ctx.loaders.programmation.funderById.load({ territoryId: f.territoryId, id: f.funderId }), 'funder'),
};
