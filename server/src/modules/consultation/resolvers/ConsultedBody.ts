import type { ConsultedBodyResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located, scopedCouncil } from '../../territory/index.js';
import { mayPrepareOpinion, maySubmitOpinion } from '../consultation.policy.js';
import { bodyStatus } from '../opinions.service.js';

export const ConsultedBody: ConsultedBodyResolvers = {
  citizenCouncil: scopedCouncil,
  commune: located.commune,
  status: async (b, _args, ctx) =>
    bodyStatus(await ctx.loaders.consultation.opinionByBodyId.load({ territoryId: b.territoryId, id: b.id })),
  opinion: async (b, _args, ctx) => {
    const report = await ctx.loaders.consultation.reportById.load({ territoryId: b.territoryId, id: b.reportId });
    if (!report || !ctx.services.opinions.canRead(b, report)) return null;
    return ctx.loaders.consultation.opinionByBodyId.load({ territoryId: b.territoryId, id: b.id });
  },
  draft: async (b, _args, ctx) => (await ctx.services.opinions.draft(b))?.content ?? null,
  deliberationFile: async (b, _args, ctx) => {
    const file = await ctx.loaders.consultation.deliberationByBodyId.load({ territoryId: b.territoryId, id: b.id });
    if (!file) return null;
    const report = await ctx.loaders.consultation.reportById.load({ territoryId: b.territoryId, id: b.reportId });
    const territory = await ctx.loaders.territory.territoryById.load(b.territoryId);
    return {
      ...file,
      url: `/exports/${territory!.code}/rapports/${report!.referenceYear}/instances/${b.id}/deliberation.pdf`,
    };
  },
  transmission: (b) =>
    b.transmittedOn && b.transmissionChannel ? { channel: b.transmissionChannel, on: b.transmittedOn } : null,
  recipientCount: async (b, _args, ctx) =>
    (await ctx.loaders.consultation.recipientsByBodyId.load({ territoryId: b.territoryId, id: b.id }))?.count ?? 0,
  viewerCanPrepare: (b, _args, ctx) => mayPrepareOpinion(ctx.viewer, b),
  viewerCanSubmit: (b, _args, ctx) => maySubmitOpinion(ctx.viewer, b),
};
