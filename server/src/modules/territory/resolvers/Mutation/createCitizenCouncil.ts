import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const createCitizenCouncil: MutationResolvers['createCitizenCouncil'] = async (_parent, { input }, ctx) => ({
  citizenCouncil: await ctx.services.councils.createCitizenCouncil(input),
});
