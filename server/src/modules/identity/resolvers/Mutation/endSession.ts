import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const endSession: MutationResolvers['endSession'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.profile.endSession(input),
});
