import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const signOut: MutationResolvers['signOut'] = (_parent, _args, ctx) => ctx.services.account.signOut();
