import type {
  ActionFrameworkItemTotalResolvers,
  ActionFunderTotalResolvers,
} from '../../../graphql/__generated__/resolvers-types.js';
import { required } from './required.js';

/** Lines of a programmation's computed totals: their axis and funder come through the loaders. */
export const ActionFrameworkItemTotal: ActionFrameworkItemTotalResolvers = {
  frameworkItem: (t, _args, ctx) =>
    t.frameworkItemId
      ? ctx.loaders.territory.frameworkItemById.load({ territoryId: t.territoryId, id: t.frameworkItemId })
      : null,
};

export const ActionFunderTotal: ActionFunderTotalResolvers = {
  funder: async (t, _args, ctx) =>
    required(await ctx.loaders.programmation.funderById.load({ territoryId: t.territoryId, id: t.funderId }), 'funder'),
};
