import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const recordLateOpinion: MutationResolvers['recordLateOpinion'] = async (_parent, { input }, ctx) =>
  ctx.services.opinions.recordLateOpinion(input);
