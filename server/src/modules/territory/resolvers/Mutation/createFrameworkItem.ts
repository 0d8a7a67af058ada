import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const createFrameworkItem: MutationResolvers['createFrameworkItem'] = (_parent, { input }, ctx) =>
  ctx.services.frameworkItems.createFrameworkItem(input);
