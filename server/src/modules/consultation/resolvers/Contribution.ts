import type { ContributionResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { isSelf } from '../../../authz/index.js';

export const Contribution: ContributionResolvers = {
  section: async (c, _args, ctx) =>
    (await ctx.loaders.consultation.sectionsByReportId.load({ territoryId: c.territoryId, id: c.reportId })).find(
      (s) => s.id === c.sectionId,
    )!,
  authorName: async (c, _args, ctx) =>
    (await ctx.loaders.identity.userById.load(c.authorId))?.displayName ?? 'contributeur anonymisé',
  rejectionReason: (c, _args, ctx) => ctx.services.contributions.rejectionReason(c),
  mine: (c, _args, ctx) => isSelf(ctx.viewer, c.authorId),
  viewerCanReport: (c, _args, ctx) => ctx.services.moderation.canReport(c),
};
