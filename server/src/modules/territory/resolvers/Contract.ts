import type { ContractResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Contract: ContractResolvers = {
  framework: (c, _args, ctx) => ctx.services.territory.frameworkRoots(c.territoryId, c.id),
  frameworkItems: (c, { kind }, ctx) => ctx.services.territory.frameworkItems(c.territoryId, c.id, kind),
  frameworkItem: (c, { code }, ctx) => ctx.services.territory.frameworkItemByCode(c.territoryId, c.id, code),
  versions: (c, _args, ctx) => ctx.services.contracts.versions(c),
};
