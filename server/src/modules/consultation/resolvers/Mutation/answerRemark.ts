import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const answerRemark: MutationResolvers['answerRemark'] = async (_parent, { input }, ctx) => ({
  remark: await ctx.services.opinions.answerRemark(input),
});
