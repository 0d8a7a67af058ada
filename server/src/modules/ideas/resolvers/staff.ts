import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Staff's work: answers and history, links to actions (both ways), merges, the queue and figures. */
export const staffResolvers: Resolvers = {
  Mutation: {
    answerIdea: (_p, { input }, ctx) => ctx.services.ideaStaff.answerIdea(input),
    linkIdeaToAction: (_p, { input }, ctx) => ctx.services.ideaStaff.linkIdeaToAction(input),
    unlinkIdeaFromAction: (_p, { input }, ctx) => ctx.services.ideaStaff.unlinkIdeaFromAction(input),
    mergeIdeas: (_p, { input }, ctx) => ctx.services.ideaStaff.mergeIdeas(input),
  },
  Idea: {
    history: (idea, _a, ctx) => ctx.services.ideaStaff.history(idea),
    actions: (idea, _a, ctx) => ctx.services.ideaStaff.actions(idea),
    merged: (idea, _a, ctx) => ctx.services.ideaStaff.merged(idea),
  },
  Action: {
    ideas: (action, _a, ctx) => ctx.services.ideaStaff.ideasOfAction(action),
  },
  Territory: {
    ideaQueue: (t, { first, after, filter }, ctx) => ctx.services.ideaStaff.queue(t.id, { first, after }, filter ?? {}),
    ideaFigures: (t, _a, ctx) => ctx.services.ideaStaff.figures(t.id),
  },
};
