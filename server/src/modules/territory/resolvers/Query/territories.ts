import type { QueryResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const territories: QueryResolvers['territories'] = (_parent, args, ctx) =>
  ctx.services.territory.listTerritories(args);
