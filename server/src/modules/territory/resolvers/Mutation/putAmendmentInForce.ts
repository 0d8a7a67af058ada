import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const putAmendmentInForce: MutationResolvers['putAmendmentInForce'] = async (_parent, { input }, ctx) => ({
  contract: await ctx.services.contracts.putAmendmentInForce(input),
});
