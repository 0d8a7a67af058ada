import type { Resolvers } from '../../../graphql/__generated__/resolvers-types.js';

/**
 * Registrations: their mutations, EventRegistration, ParticipationEvent's registrant fields, the person's list.
 * ParticipationEvent.registrations requires EVENTS_MANAGE (graphql/authorization.policy.ts).
 */
export const registrationResolvers: Resolvers = {
  Mutation: {
    registerForEvent: (_p, { input }, ctx) => ctx.services.eventRegistrations.register(input),
    confirmEventRegistration: (_p, { input }, ctx) => ctx.services.eventRegistrations.confirm(input),
    cancelEventRegistration: (_p, { input }, ctx) => ctx.services.eventRegistrations.cancel(input),
    recordEventRegistration: (_p, { input }, ctx) => ctx.services.eventRegistrations.record(input),
    checkInRegistration: (_p, { input }, ctx) => ctx.services.eventRegistrations.checkIn(input),
  },
  ParticipationEvent: {
    registrations: (e, { filter, ...page }, ctx) => ctx.services.eventRegistrations.list(e, page, filter ?? {}),
    viewerRegistration: (e, _a, ctx) => ctx.services.eventRegistrations.viewerRegistration(e),
    viewerCanRegister: (e, _a, ctx) => ctx.services.eventRegistrations.viewerCanRegister(e),
  },
  Me: {
    eventRegistrations: (u, _a, ctx) => ctx.services.eventRegistrations.upcomingOf(u.id),
  },
  EventRegistration: {
    event: async (r, _a, ctx) => (await ctx.services.eventRegistrations.event(r))!,
    name: (r, _a, ctx) => ctx.services.eventRegistrations.name(r),
    email: (r, _a, ctx) => ctx.services.eventRegistrations.email(r),
    phone: (r, _a, ctx) => ctx.services.eventRegistrations.phone(r),
    waitingRank: (r, _a, ctx) => ctx.services.eventRegistrations.waitingRank(r),
    checkedIn: (r) => r.checkedInAt !== null,
  },
};
