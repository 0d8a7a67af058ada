import type { ProgrammationResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { actionFilter } from './action-filter.js';

export const Programmation: ProgrammationResolvers = {
  contract: (p, _args, ctx) =>
    p.contractId ? ctx.loaders.territory.contractById.load({ territoryId: p.territoryId, id: p.contractId }) : null,
  totalCost: (p, _args, ctx) => ctx.services.programmation.totalCost(p),
  specificCredits: (p, _args, ctx) => ctx.services.programmation.specificCredits(p),
  recordedActionCount: (p, _args, ctx) => ctx.services.programmation.recordedActionCount(p),
  fundChecks: (p, _args, ctx) => ctx.services.programmation.fundChecks(p),
  totalsByFrameworkItem: (p, _args, ctx) => ctx.services.programmation.rootTotals(p),
  totalsByFunder: (p, _args, ctx) =>
    ctx.loaders.programmation.funderTotalsByProgrammationId.load({ territoryId: p.territoryId, id: p.id }),
  actions: (p, { filter, orderBy, ...page }, ctx) =>
    ctx.services.programmation.listActions(p.territoryId, page, actionFilter(filter), {
      programmationId: p.id,
      order: orderBy ? { field: orderBy.field, descending: orderBy.descending ?? false } : undefined,
    }),
  actionTotals: (p, _args, ctx) => ctx.services.programmation.actionTotals(p),
  scdlGaps: (p, _args, ctx) => ctx.services.programmationExport.scdlGaps(p),
  details: (p) => (Object.keys(p.details).length ? p.details : null),
};
