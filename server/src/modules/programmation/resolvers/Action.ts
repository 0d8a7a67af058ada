import type { ActionResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { found } from '../../../shared/rows.js';

export const Action: ActionResolvers = {
  programmation: (a, _args, ctx) =>
    a.programmationId
      ? ctx.loaders.programmation.programmationById.load({ territoryId: a.territoryId, id: a.programmationId })
      : null,
  operator: (a, _args, ctx) =>
    a.operatorId ? ctx.loaders.programmation.operatorById.load({ territoryId: a.territoryId, id: a.operatorId }) : null,
  frameworkItem: (a, _args, ctx) =>
    a.frameworkItemId
      ? ctx.loaders.territory.frameworkItemById.load({ territoryId: a.territoryId, id: a.frameworkItemId })
      : null,
  communes: async (a, _args, ctx) => {
    const links = await ctx.loaders.programmation.communeIdsByActionId.load({ territoryId: a.territoryId, id: a.id });
    const communes = await ctx.loaders.territory.communeById.loadMany(
      links.map((l) => ({ territoryId: a.territoryId, id: l.communeId })),
    );
    return communes.filter(found);
  },
  quartiers: async (a, _args, ctx) => {
    const links = await ctx.loaders.programmation.quartierIdsByActionId.load({ territoryId: a.territoryId, id: a.id });
    const quartiers = await ctx.loaders.territory.quartierById.loadMany(
      links.map((l) => ({ territoryId: a.territoryId, id: l.quartierId })),
    );
    return quartiers.filter(found);
  },
  fundings: (a, _args, ctx) =>
    ctx.loaders.programmation.fundingsByActionId.load({ territoryId: a.territoryId, id: a.id }),
  totalAmount: async (a, _args, ctx) => {
    const fundings = await ctx.loaders.programmation.fundingsByActionId.load({ territoryId: a.territoryId, id: a.id });
    return fundings.reduce((acc, f) => acc + f.amount, 0);
  },
};
