import type { ModuleDeps, ServerModule } from '../contract.js';
import type { TerritorySlice } from '../territory/index.js';
import type { IdentitySlice } from '../identity/index.js';
import type { EventsSlice } from './events.context.js';
import { createEventsLoaders, type EventsLoaders } from './events.loaders.js';
import { createEventsService } from './events.service.js';
import { createEventRegistrationsService } from './event-registrations.service.js';
import { eventsResolvers } from './resolvers/index.js';
import { eventIcsRoutes } from './event-ics.route.js';

export { startEventRemindersWorker } from './event-reminders-job.js';

type Scope = EventsSlice & TerritorySlice & IdentitySlice;

/** Participation events: meetings and workshops, registrations with a waiting list, check-in, outcomes, figures. */
export function createEventsModule({
  ds,
  clock,
}: ModuleDeps): ServerModule<EventsLoaders, EventsSlice['services'], Scope> {
  return {
    resolvers: eventsResolvers,
    routes: (app, http) => eventIcsRoutes(app, http),
    loaders: () => createEventsLoaders(ds, clock),
    services: (request) => ({
      events: createEventsService(request),
      eventRegistrations: createEventRegistrationsService(request),
    }),
  };
}
