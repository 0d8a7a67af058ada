import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const submitOpinion: MutationResolvers['submitOpinion'] = async (_parent, { input }, ctx) =>
  ctx.services.opinions.submitOpinion(input);
