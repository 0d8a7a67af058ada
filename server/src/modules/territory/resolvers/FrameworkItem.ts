import type { FrameworkItemResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const FrameworkItem: FrameworkItemResolvers = {
  parent: (item, _args, ctx) => ctx.services.territory.frameworkParent(item),
  children: (item, _args, ctx) => ctx.services.territory.frameworkChildren(item),
  contract: async (item, _args, ctx) => {
    const contract = await ctx.loaders.territory.contractById.load({
      territoryId: item.territoryId,
      id: item.contractId,
    });
    if (!contract) throw new Error(`framework item ${item.id} has no contract`);
    return contract;
  },
  details: (item) => (Object.keys(item.details).length ? item.details : null),
};
