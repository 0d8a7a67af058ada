import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const inviteMember: MutationResolvers['inviteMember'] = async (_parent, { input }, ctx) => ({
  invitation: await ctx.services.roles.inviteMember(input),
});
