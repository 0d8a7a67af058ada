import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const requestPasswordReset: MutationResolvers['requestPasswordReset'] = (_parent, { input }, ctx) =>
  ctx.services.account.requestPasswordReset(input);
