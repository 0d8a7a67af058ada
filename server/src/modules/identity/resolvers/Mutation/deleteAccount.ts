import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const deleteAccount: MutationResolvers['deleteAccount'] = (_parent, { input }, ctx) =>
  ctx.services.profile.deleteAccount(input);
