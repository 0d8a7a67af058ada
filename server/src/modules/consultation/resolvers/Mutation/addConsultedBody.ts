import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const addConsultedBody: MutationResolvers['addConsultedBody'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.addConsultedBody(input),
});
