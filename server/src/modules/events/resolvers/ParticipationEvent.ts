import type { ParticipationEventResolvers } from '../../../graphql/__generated__/resolvers-types.js';
import { located } from '../../territory/index.js';

/** The event's own fields; registrant fields (viewerRegistration, registrations…) are in registrations.ts. */
export const ParticipationEvent: ParticipationEventResolvers = {
  territory: async (e, _a, ctx) => (await ctx.loaders.territory.territoryById.load(e.territoryId))!,
  commune: located.commune,
  quartier: located.quartier,
  themes: (e, _a, ctx) => ctx.services.events.themes(e),
  accessibility: (e, _a, ctx) => ctx.services.events.accessibility(e),
  outcomes: (e, _a, ctx) => ctx.services.events.outcomes(e),
  minutesHtml: (e, _a, ctx) => ctx.services.events.minutesHtml(e),
  confirmedCount: (e, _a, ctx) => ctx.services.events.confirmedCount(e),
  waitingCount: (e, _a, ctx) => ctx.services.events.waitingCount(e),
  placesLeft: (e, _a, ctx) => ctx.services.events.placesLeft(e),
  checkedInCount: (e, _a, ctx) => ctx.services.events.checkedInCount(e),
  participantCount: (e, _a, ctx) => ctx.services.events.participantCount(e),
  icsUrl: (e, _a, ctx) => ctx.services.events.icsUrl(e),
};
