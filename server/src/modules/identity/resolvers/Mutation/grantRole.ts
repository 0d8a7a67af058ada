import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const grantRole: MutationResolvers['grantRole'] = async (_parent, { input }, ctx) => ({
  member: await ctx.services.roles.memberView(await ctx.services.roles.grantRole(input)),
});
