import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateFrameworkItem: MutationResolvers['updateFrameworkItem'] = (_parent, { input }, ctx) =>
  ctx.services.frameworkItems.updateFrameworkItem(input);
