import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const resetPassword: MutationResolvers['resetPassword'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.account.resetPassword(input),
});
