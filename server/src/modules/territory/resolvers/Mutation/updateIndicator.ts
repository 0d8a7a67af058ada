import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateIndicator: MutationResolvers['updateIndicator'] = async (_parent, { input }, ctx) => ({
  indicator: await ctx.services.indicators.updateIndicator(input),
});
