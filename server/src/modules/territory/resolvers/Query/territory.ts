import type { QueryResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const territory: QueryResolvers['territory'] = (_parent, { code }, ctx) =>
  ctx.services.territory.territoryByCode(code);
