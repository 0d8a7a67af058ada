import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { ModerationItem, ModerationReport } from './ModerationItem.js';
import { mayModerate } from '../moderation.policy.js';

/** Territory.moderationQueue and moderationSettings require CONTRIBUTIONS_MODERATE (graphql/authorization.policy.ts). */
export const moderationResolvers: Resolvers = {
  TerritoryAbilities: {
    moderate: (t, _args, ctx) => mayModerate(ctx.viewer, t.id),
  },
  Territory: {
    moderationQueue: (t, { filter, ...page }, ctx) =>
      ctx.services.moderation.queue(t.id, page, { kind: filter?.kind ?? null, status: filter?.status ?? null }),
    moderationSettings: (t, _args, ctx) => ctx.services.moderation.settings(t.id),
  },
  ModerationItem,
  ModerationReport,
  Mutation: {
    reportItem: async (_parent, { input }, ctx) => {
      await ctx.services.moderation.report(input);
      return { ok: true, message: 'Merci : votre signalement est transmis aux modérateurs.' };
    },
    moderateItem: async (_parent, { input }, ctx) => ({ item: await ctx.services.moderation.decide(input) }),
    updateModerationSetting: async (_parent, { input }, ctx) => ({
      setting: await ctx.services.moderation.updateSetting(input),
    }),
  },
};
