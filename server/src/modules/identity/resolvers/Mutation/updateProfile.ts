import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateProfile: MutationResolvers['updateProfile'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.profile.updateProfile(input),
});
