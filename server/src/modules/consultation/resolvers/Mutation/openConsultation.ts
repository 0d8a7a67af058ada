import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const openConsultation: MutationResolvers['openConsultation'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.openConsultation(input),
});
