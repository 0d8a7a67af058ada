import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const changePassword: MutationResolvers['changePassword'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.profile.changePassword(input),
});
