import type { QuartierResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** The ideas of a quartier: the territory's list, filtered on it. */
export const Quartier: QuartierResolvers = {
  ideas: (q, { first, after, sort }, ctx) =>
    ctx.services.ideas.list(q.territoryId, { first, after, sort, filter: { quartierId: q.id } }),
};
