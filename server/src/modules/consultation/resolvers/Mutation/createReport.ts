import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const createReport: MutationResolvers['createReport'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.createReport(input),
});
