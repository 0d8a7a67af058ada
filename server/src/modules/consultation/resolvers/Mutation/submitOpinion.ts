import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const submitOpinion: MutationResolvers['submitOpinion'] = async (_parent, { input }, ctx) => ({
  opinion: await ctx.services.opinions.submitOpinion(input),
});
