import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const moveFrameworkItem: MutationResolvers['moveFrameworkItem'] = (_parent, { input }, ctx) =>
  ctx.services.frameworkItems.moveFrameworkItem(input);
