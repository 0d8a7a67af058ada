import type { Queryable } from '../../shared/sql.js';
import type { EventsRequest } from './events.deps.js';
import type { EventRegistrationHooks, EventRow } from './events.types.js';

/**
 * Registrations: registering (account or email), the waiting list, confirmation, cancellation,
 * staff registration, check-in, reminders. S2 fills it; the two hooks are what the events service
 * calls inside its own transactions (placeholders until S2's branch lands).
 */
export function createEventRegistrationsService(_request: EventsRequest) {
  return {
    notifyCancellation: async (_tx: Queryable, _event: EventRow, _message: string | null) => {},
    promoteWaiting: async (_tx: Queryable, _event: EventRow) => {},
  } satisfies EventRegistrationHooks;
}
export type EventRegistrationsService = ReturnType<typeof createEventRegistrationsService>;
