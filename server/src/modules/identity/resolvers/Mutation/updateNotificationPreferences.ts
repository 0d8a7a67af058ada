import type { MutationResolvers } from '../../../../graphql/__generated__/resolvers-types.js';

export const updateNotificationPreferences: MutationResolvers['updateNotificationPreferences'] = async (
  _parent,
  { input },
  ctx,
) => ({ me: await ctx.services.profile.updateNotificationPreferences(input) });
