import type { EventsRequest } from './events.deps.js';

/** Events: creation, changes, status, outcomes, walk-ins, settings, reads and figures. */
export function createEventsService(deps: EventsRequest) {
  const loaders = deps.loaders.events;
  return {
    event: (territoryId: string, id: string) => loaders.eventById.load({ territoryId, id }),
  };
}
export type EventsService = ReturnType<typeof createEventsService>;
