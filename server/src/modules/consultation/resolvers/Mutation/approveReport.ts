import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const approveReport: MutationResolvers['approveReport'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.approveReport(input),
});
