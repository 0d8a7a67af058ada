import type { ProgrammationTotalResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const ProgrammationTotal: ProgrammationTotalResolvers = {
  amount: (t, _args, ctx) => ctx.services.programmation.lineAmount(t),
  children: (t, _args, ctx) => ctx.services.programmation.childTotals(t),
  frameworkItem: (t, _args, ctx) =>
    t.frameworkItemId
      ? ctx.loaders.territory.frameworkItemById.load({ territoryId: t.territoryId, id: t.frameworkItemId })
      : null,
};
