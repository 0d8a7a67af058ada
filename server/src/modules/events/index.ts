/** The events module's public surface: types and what other modules use (the ideas module, S2's emails). */
export type { EventsLoaders } from './events.loaders.js';
export type { EventsService } from './events.service.js';
export type { EventRegistrationsService } from './event-registrations.service.js';
export type { EventsSlice } from './events.context.js';
export type * from './events.types.js';
export { eventIcs, eventIcsPath, eventPageUrl, type EventIcsOptions } from './event-ics.js';
export { EVENT_KIND_LABELS } from './event-figures.js';
export { seedDemoEvents } from './demo-events.js';
