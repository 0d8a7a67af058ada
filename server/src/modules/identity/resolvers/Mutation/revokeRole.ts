import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const revokeRole: MutationResolvers['revokeRole'] = async (_parent, { input }, ctx) => ({
  member: await ctx.services.roles.memberView(await ctx.services.roles.revokeRole(input)),
});
