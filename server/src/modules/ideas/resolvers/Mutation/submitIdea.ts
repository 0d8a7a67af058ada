import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const submitIdea: MutationResolvers['submitIdea'] = (_parent, { input }, ctx) =>
  ctx.services.ideas.submitIdea(input);
