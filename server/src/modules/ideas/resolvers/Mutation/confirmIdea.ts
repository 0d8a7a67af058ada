import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const confirmIdea: MutationResolvers['confirmIdea'] = (_parent, { input }, ctx) =>
  ctx.services.ideas.confirmIdea(input);
