import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const setBodyTransmission: MutationResolvers['setBodyTransmission'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.setBodyTransmission(input),
});
