import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const signInWithLink: MutationResolvers['signInWithLink'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.account.signInWithLink(input),
});
