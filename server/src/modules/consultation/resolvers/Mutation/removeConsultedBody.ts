import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const removeConsultedBody: MutationResolvers['removeConsultedBody'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.removeConsultedBody(input),
});
