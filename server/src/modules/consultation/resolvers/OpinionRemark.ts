import type { OpinionRemarkResolvers } from '../../../graphql/__generated__/resolvers-types.js';

export const OpinionRemark: OpinionRemarkResolvers = {
  section: async (m, _args, ctx) => {
    const opinion = await ctx.loaders.consultation.opinionById.load({ territoryId: m.territoryId, id: m.opinionId });
    const sections = await ctx.loaders.consultation.sectionsByReportId.load({
      territoryId: m.territoryId,
      id: opinion!.reportId,
    });
    return sections.find((s) => s.id === m.sectionId)!;
  },
};
