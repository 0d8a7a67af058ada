import type { TerritoryResolvers } from '../../../graphql/__generated__/resolvers-types.js';

/** Territory.eventSettings requires EVENTS_MANAGE (graphql/authorization.policy.ts). */
export const Territory: TerritoryResolvers = {
  events: (t, args, ctx) => ctx.services.events.list(t.id, args),
  event: (t, { id }, ctx) => ctx.services.events.event(t.id, id),
  eventFigures: (t, { year }, ctx) => ctx.services.events.figures(t.id, year),
  eventSettings: (t, _a, ctx) => ctx.services.events.settings(t.id),
};
