import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const joinTerritory: MutationResolvers['joinTerritory'] = async (_parent, { input }, ctx) => ({
  me: await ctx.services.profile.joinTerritory(input),
});
