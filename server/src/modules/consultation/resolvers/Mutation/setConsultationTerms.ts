import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const setConsultationTerms: MutationResolvers['setConsultationTerms'] = async (_parent, { input }, ctx) => ({
  report: await ctx.services.reports.setConsultationTerms(input),
});
