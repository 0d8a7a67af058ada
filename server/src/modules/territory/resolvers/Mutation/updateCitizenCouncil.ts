import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateCitizenCouncil: MutationResolvers['updateCitizenCouncil'] = async (_parent, { input }, ctx) => ({
  citizenCouncil: await ctx.services.councils.updateCitizenCouncil(input),
});
