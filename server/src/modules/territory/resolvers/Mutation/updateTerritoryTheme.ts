import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateTerritoryTheme: MutationResolvers['updateTerritoryTheme'] = async (_parent, { input }, ctx) => ({
  territory: await ctx.services.theme.updateTerritoryTheme(input),
});
