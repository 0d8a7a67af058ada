import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const verifyEmail: MutationResolvers['verifyEmail'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.account.verifyEmail(input),
});
