import type { ParticipationEventResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** The published ideas recorded at an event (the events module never reads ideas: the dependency goes this way). */
export const ParticipationEvent: ParticipationEventResolvers = {
  ideas: (event, _args, ctx) =>
    ctx.loaders.ideas.publicIdeasByEventId.load({ territoryId: event.territoryId, id: event.id }),
};
