import type { EventsLoaders } from './events.loaders.js';
import type { EventsService } from './events.service.js';
import type { EventRegistrationsService } from './event-registrations.service.js';

/** The events module's part of the request scope and of the GraphQL context. */
export interface EventsSlice {
  loaders: { events: EventsLoaders };
  services: { events: EventsService; eventRegistrations: EventRegistrationsService };
}
