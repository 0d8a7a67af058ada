import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const saveOpinionDraft: MutationResolvers['saveOpinionDraft'] = async (_parent, { input }, ctx) => ({
  body: await ctx.services.opinions.saveOpinionDraft(input),
});
