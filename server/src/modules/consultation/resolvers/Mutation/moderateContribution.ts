import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const moderateContribution: MutationResolvers['moderateContribution'] = async (_parent, { input }, ctx) => ({
  contribution: await ctx.services.contributions.moderateContribution(input),
});
