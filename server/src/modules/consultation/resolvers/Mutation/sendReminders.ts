import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const sendReminders: MutationResolvers['sendReminders'] = (_parent, { input }, ctx) =>
  ctx.services.reports.sendReminders(input);
