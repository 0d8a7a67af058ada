import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const createIndicator: MutationResolvers['createIndicator'] = async (_parent, { input }, ctx) => ({
  indicator: await ctx.services.indicators.createIndicator(input),
});
