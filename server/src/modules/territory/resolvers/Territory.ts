import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { parseId, parseOptionalId } from '../../../shared/ids.js';

export const Territory: TerritoryResolvers = {
  theme: (t) => t,
  viewerCan: (t) => t,
  extraData: async (t, _args, ctx) => (await ctx.loaders.territory.extraDataById.load(t.id))?.details ?? null,
  communes: (t, { filter, ...page }, ctx) => ctx.services.territory.listCommunes(t.id, page, filter ?? {}),
  quartiers: (t, { filter, ...page }, ctx) =>
    ctx.services.territory.listQuartiers(t.id, page, {
      kind: filter?.kind,
      search: filter?.search,
      communeId: parseOptionalId(filter?.communeId, 'communeId'),
    }),
  quartier: (t, { id }, ctx) => ctx.loaders.territory.quartierById.load({ territoryId: t.id, id: parseId(id) }),
  contracts: (t, { allVersions, ...page }, ctx) => ctx.services.contracts.listContracts(t.id, page, !!allVersions),
  contract: (t, { id }, ctx) => ctx.services.contracts.contract(t.id, parseId(id)),
  indicators: (t, { filter, ...page }, ctx) => ctx.services.territory.listIndicators(t.id, page, filter ?? {}),
  governanceBodies: (t, page, ctx) => ctx.services.territory.listGovernanceBodies(t.id, page),
  citizenCouncils: (t, page, ctx) => ctx.services.territory.listCitizenCouncils(t.id, page),
};
