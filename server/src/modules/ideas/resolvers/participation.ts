import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { isSelf } from '../../../authz/index.js';

/** Supports and comments: Idea's viewer fields and comments, IdeaComment, their mutations. */
export const participationResolvers: Resolvers = {
  Mutation: {
    supportIdea: (_p, { input }, ctx) => ctx.services.ideaParticipation.supportIdea(input),
    withdrawIdeaSupport: (_p, { input }, ctx) => ctx.services.ideaParticipation.withdrawIdeaSupport(input),
    commentIdea: (_p, { input }, ctx) => ctx.services.ideaParticipation.commentIdea(input),
  },
  Idea: {
    viewerSupports: (idea, _a, ctx) => ctx.services.ideaParticipation.viewerSupports(idea),
    viewerCanSupport: (idea, _a, ctx) => ctx.services.ideaParticipation.viewerCanSupport(idea),
    comments: (idea, args, ctx) => ctx.services.ideaParticipation.comments(idea, args),
  },
  IdeaComment: {
    text: (c) => c.body,
    authorName: (c, _a, ctx) => ctx.services.ideaParticipation.authorName(c),
    rejectionReason: (c, _a, ctx) => ctx.services.ideaParticipation.rejectionReason(c),
    mine: (c, _a, ctx) => isSelf(ctx.viewer, c.authorId),
    viewerCanReport: (c, _a, ctx) => ctx.services.ideaParticipation.viewerCanReport(c),
    replies: (c, _a, ctx) => ctx.services.ideaParticipation.replies(c),
  },
};
