import type { CheckedAmountResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { gapOf } from '../programmation.service.js';

/** The sum of the lines, and the gap, are computed only when asked for. */
export const CheckedAmount: CheckedAmountResolvers = {
  computed: (c) => c.computed(),
  gap: async (c) => gapOf(c.printed, await c.computed()),
};
