import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const signOutEverywhere: MutationResolvers['signOutEverywhere'] = (_parent, _args, ctx) =>
  ctx.services.account.signOutEverywhere();
