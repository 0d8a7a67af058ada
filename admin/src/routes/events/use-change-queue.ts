import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage } from '@quartiers/ui-kit';
import { AdminCheckInDocument, AdminSetWalkInsDocument } from '../../__generated__/graphql';
import { ChangeQueue, type ChangeOutcome, type QueuedChange } from './checkin-queue';

/** Refusals that are about the moment, not the change: tried again like a lost connection. */
const TRANSIENT = new Set(['SERVICE_UNAVAILABLE', 'RATE_LIMITED', 'REQUEST_TIMEOUT']);

function outcomeOf(error: unknown): ChangeOutcome {
  if (!CombinedGraphQLErrors.is(error)) return 'unreachable';
  return error.errors.every((e) => TRANSIENT.has(String(e.extensions?.code))) ? 'unreachable' : 'refused';
}

/**
 * The day's check-ins and walk-ins of one event, sent through a queue kept in localStorage and
 * retried with backoff until the server answers; what the server refuses for good is reported.
 */
export function useChangeQueue(eventId: string) {
  const client = useApolloClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [queue] = useState(
    () =>
      new ChangeQueue(`quartiers:pointages:${eventId}`, async (change) => {
        try {
          if (change.kind === 'checkIn') {
            await client.mutate({
              mutation: AdminCheckInDocument,
              variables: {
                input: {
                  territoryId: change.territoryId,
                  registrationId: change.registrationId,
                  checkedIn: change.checkedIn,
                },
              },
            });
          } else {
            await client.mutate({
              mutation: AdminSetWalkInsDocument,
              variables: {
                input: { territoryId: change.territoryId, eventId: change.eventId, walkIns: change.walkIns },
              },
            });
          }
          return 'sent';
        } catch (error) {
          const outcome = outcomeOf(error);
          if (outcome === 'refused') setRefusal(errorMessage(error));
          return outcome;
        }
      }),
  );
  const state = useSyncExternalStore(queue.subscribe, queue.state);
  useEffect(() => {
    const retry = () => void queue.flush();
    retry();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.stop();
    };
  }, [queue]);
  const push = (change: QueuedChange) => {
    setRefusal(null);
    queue.push(change);
  };
  return { ...state, refusal, push };
}
