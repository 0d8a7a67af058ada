import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const requestSignInLink: MutationResolvers['requestSignInLink'] = (_parent, { input }, ctx) =>
  ctx.services.account.requestSignInLink(input);
