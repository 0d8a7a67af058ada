import type { ActionResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { found } from '../../../shared/rows.js';
import { sumAmounts } from '../../../shared/money.js';

/** operator, communes, frameworkItem and fundings are read from the row (see ActionWithLinks). */
export const Action: ActionResolvers = {
  programmation: (a, _args, ctx) =>
    a.programmationId
      ? ctx.loaders.programmation.programmationById.load({ territoryId: a.territoryId, id: a.programmationId })
      : null,
  quartiers: async (a, _args, ctx) => {
    const links = await ctx.loaders.programmation.quartierIdsByActionId.load({ territoryId: a.territoryId, id: a.id });
    const quartiers = await ctx.loaders.territory.quartierById.loadMany(
      links.map((l) => ({ territoryId: a.territoryId, id: l.quartierId })),
    );
    return quartiers.filter(found);
  },
  totalAmount: (a) => sumAmounts(a.fundings.map((f) => f.amount)) ?? '0.00',
};
