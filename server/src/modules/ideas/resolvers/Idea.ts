import type { IdeaResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { isSelf } from '../../../authz/index.js';
import { located } from '../../territory/index.js';
import { ideaPhotoUrl } from '../idea-photo-url.js';

/** Idea's own fields; supports, comments, actions, history and merges are the participation and staff parts'. */
export const Idea: IdeaResolvers = {
  text: (idea) => idea.body,
  quartier: located.quartier,
  theme: (idea, _args, ctx) =>
    idea.themeId
      ? ctx.loaders.territory.frameworkItemById.load({ territoryId: idea.territoryId, id: idea.themeId })
      : null,
  photoUrl: async (idea, _args, ctx) => {
    if (!idea.photoId) return null;
    const territory = await ctx.loaders.territory.territoryById.load(idea.territoryId);
    return territory ? ideaPhotoUrl(territory.code, idea.photoId) : null;
  },
  authorName: (idea, _args, ctx) => ctx.services.ideas.authorName(idea),
  council: (idea, _args, ctx) =>
    idea.councilId
      ? ctx.loaders.territory.citizenCouncilById.load({ territoryId: idea.territoryId, id: idea.councilId })
      : null,
  rejectionReason: (idea, _args, ctx) => ctx.services.ideas.rejectionReason(idea),
  hidden: (idea, _args, ctx) => ctx.services.ideas.hidden(idea),
  mine: (idea, _args, ctx) => isSelf(ctx.viewer, idea.authorId),
  viewerCanReport: (idea, _args, ctx) => ctx.services.ideas.canReport(idea),
  mergedInto: (idea, _args, ctx) => ctx.services.ideas.mergedInto(idea),
  event: (idea, _args, ctx) =>
    idea.eventId ? ctx.loaders.events.eventById.load({ territoryId: idea.territoryId, id: idea.eventId }) : null,
};
