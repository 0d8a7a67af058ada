import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const acceptInvitation: MutationResolvers['acceptInvitation'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.roles.acceptInvitation(input),
});
