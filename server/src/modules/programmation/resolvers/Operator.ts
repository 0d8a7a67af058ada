import type { OperatorResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Operator: OperatorResolvers = {
  commune: (o, _args, ctx) =>
    o.communeId ? ctx.loaders.territory.communeById.load({ territoryId: o.territoryId, id: o.communeId }) : null,
  actions: (o, page, ctx) => ctx.services.programmation.listActions(o.territoryId, page, { operatorId: o.id }),
};
