import type {
  ModerationItemResolvers,
  ModerationReportResolvers,
} from '../../../graphql/__generated__/resolvers-types.js';
import { MODERATION_REASONS } from '../moderation.types.js';

/** Reached through the queue only, which is for moderators; the reason stays behind its policy anyway. */
export const ModerationItem: ModerationItemResolvers = {
  hidden: (m) => m.hiddenAt !== null,
  authorName: async (m, _args, ctx) =>
    (await ctx.loaders.identity.userById.load(m.authorId))?.displayName ?? 'contributeur anonymisé',
  reasonCode: (m, _args, ctx) => (ctx.services.moderation.canSeeDecision(m) ? m.reasonCode : null),
  reasonLabel: (m, _args, ctx) =>
    ctx.services.moderation.canSeeDecision(m) && m.reasonCode ? MODERATION_REASONS[m.reasonCode] : null,
  reasonText: (m, _args, ctx) => (ctx.services.moderation.canSeeDecision(m) ? m.reasonText : null),
  reports: (m, _args, ctx) => ctx.services.moderation.reportsOf(m),
};

export const ModerationReport: ModerationReportResolvers = {
  reasonLabel: (r) => MODERATION_REASONS[r.reason],
};
