import type { MutationResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Staff's mutations on the programmation. */
export const Mutation: MutationResolvers = {
  applyProgrammationImport: (_p, { input }, ctx) => ctx.services.programmationImport.applyImport(input),
};
