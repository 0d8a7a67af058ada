import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const signIn: MutationResolvers['signIn'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.account.signIn(input),
});
