import type { ReportResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { closingInstant, earliestDeadline } from '../deadline.js';

export const Report: ReportResolvers = {
  earliestDeadline: (r) => (r.transmittedOn ? earliestDeadline(r.transmittedOn) : null),
  closesAt: (r) => (r.deadline ? closingInstant(r.deadline) : null),
  acceptingOpinions: (r, _args, ctx) => ctx.services.reports.accepting(r),
  daysLeft: (r, _args, ctx) => ctx.services.reports.daysLeft(r),
  sections: (r, _args, ctx) =>
    ctx.loaders.consultation.sectionsByReportId.load({ territoryId: r.territoryId, id: r.id }),
  versions: (r, _args, ctx) => ctx.services.reports.versions(r),
  transitions: (r, _args, ctx) => ctx.services.reports.transitions(r),
  consultedBodies: (r, _args, ctx) =>
    ctx.loaders.consultation.bodiesByReportId.load({ territoryId: r.territoryId, id: r.id }),
  contributions: (r, _args, ctx) => ctx.services.contributions.list(r),
  // The published one for everyone, staff included: a report shows what is public.
  programmation: (r, _args, ctx) =>
    ctx.services.programmation.publishedProgrammationByYear(r.territoryId, r.referenceYear),
  programmationFigures: (r, _args, ctx) => ctx.services.reports.programmationFigures(r),
};
