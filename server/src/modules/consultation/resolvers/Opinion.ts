import type { OpinionResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Reached only through ConsultedBody.opinion, which applies the reading rule. */
export const Opinion: OpinionResolvers = {
  remarks: (o, _args, ctx) =>
    ctx.loaders.consultation.remarksByOpinionId.load({ territoryId: o.territoryId, id: o.id }),
  history: (o, _args, ctx) =>
    ctx.loaders.consultation.revisionsByOpinionId.load({ territoryId: o.territoryId, id: o.id }),
};
