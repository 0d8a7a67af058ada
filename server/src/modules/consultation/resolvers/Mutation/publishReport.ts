import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const publishReport: MutationResolvers['publishReport'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.publishReport(input),
});
