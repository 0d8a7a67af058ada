import type { EventsStore } from './events.store.js';

/** Registrations' loaders (the viewer's registration, an event's list…): S2 fills it. */
export function createEventRegistrationLoaders(_store: EventsStore) {
  return {};
}
