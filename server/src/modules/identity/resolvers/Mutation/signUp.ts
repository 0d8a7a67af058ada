import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const signUp: MutationResolvers['signUp'] = (_parent, { input }, ctx) => ctx.services.account.signUp(input);
