import type { QuartierResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { actionFilter } from './action-filter.js';

/** Programmation fields added to Quartier. */
export const Quartier: QuartierResolvers = {
  actions: (q, { filter, ...page }, ctx) =>
    ctx.services.programmation.listActions(q.territoryId, page, { ...actionFilter(filter), quartierId: q.id }),
  urbanRenewalOperations: (q, page, ctx) =>
    ctx.services.programmation.listUrbanRenewal(q.territoryId, page, { quartierId: q.id }),
};
