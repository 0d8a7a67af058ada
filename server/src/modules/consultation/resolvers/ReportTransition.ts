import type { ReportTransitionResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const ReportTransition: ReportTransitionResolvers = {
  byStaff: (t) => t.by !== null,
};
