import type { MutationResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Staff's mutations on events; registrations' are in registrations.ts. */
export const Mutation: MutationResolvers = {
  createEvent: (_p, { input }, ctx) => ctx.services.events.createEvent(input),
  updateEvent: (_p, { input }, ctx) => ctx.services.events.updateEvent(input),
  setEventStatus: (_p, { input }, ctx) => ctx.services.events.setEventStatus(input),
  recordEventOutcomes: (_p, { input }, ctx) => ctx.services.events.recordEventOutcomes(input),
  setEventWalkIns: (_p, { input }, ctx) => ctx.services.events.setEventWalkIns(input),
  setEventSettings: (_p, { input }, ctx) => ctx.services.events.setEventSettings(input),
};
