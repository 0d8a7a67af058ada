import type { ReportProgrammationFiguresResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Sums of frozen figures were computed when frozen: they are served as stored, never recomputed. */
const stored = (c: { printed: string | null; computed: string | null }) => ({
  printed: c.printed,
  computed: () => Promise.resolve(c.computed),
});

export const ReportProgrammationFigures: ReportProgrammationFiguresResolvers = {
  totalCost: (f) => stored(f.totalCost),
  specificCredits: (f) => stored(f.specificCredits),
};
