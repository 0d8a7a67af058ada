import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const draftAmendment: MutationResolvers['draftAmendment'] = async (_parent, { input }, ctx) => ({
  contract: await ctx.services.contracts.draftAmendment(input),
});
