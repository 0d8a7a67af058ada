import type { QuartierResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Quartier: QuartierResolvers = {
  nextEvents: (q, { first }, ctx) => ctx.services.events.nextEvents(q.territoryId, q.id, first),
};
