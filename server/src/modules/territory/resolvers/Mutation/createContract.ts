import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const createContract: MutationResolvers['createContract'] = async (_parent, { input }, ctx) => ({
  contract: await ctx.services.contracts.createContract(input),
});
