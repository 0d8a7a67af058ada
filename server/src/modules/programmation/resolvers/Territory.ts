import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { parseId, parseOptionalId } from '../../../shared/ids.js';
import { actionFilter } from './action-filter.js';

/** Programmation fields added to Territory (extend type in programmation.graphql). */
export const Territory: TerritoryResolvers = {
  programmations: (t, page, ctx) => ctx.services.programmation.listProgrammations(t.id, page),
  programmation: (t, { year }, ctx) => ctx.services.programmation.programmationByYear(t.id, year),
  actions: (t, { filter, ...page }, ctx) => ctx.services.programmation.listActions(t.id, page, actionFilter(filter)),
  action: (t, { id }, ctx) => ctx.loaders.programmation.actionById.load({ territoryId: t.id, id: parseId(id) }),
  operators: (t, { filter, ...page }, ctx) => ctx.services.programmation.listOperators(t.id, page, filter ?? {}),
  operator: (t, { id }, ctx) => ctx.loaders.programmation.operatorById.load({ territoryId: t.id, id: parseId(id) }),
  funders: (t, page, ctx) => ctx.services.programmation.listFunders(t.id, page),
  funds: (t, { filter, ...page }, ctx) => ctx.services.programmation.listFunds(t.id, page, filter ?? {}),
  urbanRenewalOperations: (t, { filter, ...page }, ctx) =>
    ctx.services.programmation.listUrbanRenewal(t.id, page, {
      year: filter?.year,
      quartierId: parseOptionalId(filter?.quartierId, 'quartierId'),
    }),
  openData: (t, _args, ctx) => ctx.services.programmationExport.openData(t),
  programmationImport: (t, { id }, ctx) => ctx.services.programmationImport.importById(t.id, parseId(id)),
};
