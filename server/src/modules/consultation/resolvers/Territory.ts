import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const Territory: TerritoryResolvers = {
  reports: (t, page, ctx) => ctx.services.reports.listReports(t.id, page),
  report: (t, { year }, ctx) => ctx.services.reports.reportByYear(t.id, year),
};
