import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const submitContribution: MutationResolvers['submitContribution'] = async (_parent, { input }, ctx) => ({
  contribution: await ctx.services.contributions.submitContribution(input),
});
