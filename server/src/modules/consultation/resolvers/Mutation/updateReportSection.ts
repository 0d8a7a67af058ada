import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateReportSection: MutationResolvers['updateReportSection'] = async (_parent, { input }, ctx) => ({
  section: await ctx.services.reports.updateSection(input),
});
