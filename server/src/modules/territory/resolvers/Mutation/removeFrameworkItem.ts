import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const removeFrameworkItem: MutationResolvers['removeFrameworkItem'] = (_parent, { input }, ctx) =>
  ctx.services.frameworkItems.removeFrameworkItem(input);
