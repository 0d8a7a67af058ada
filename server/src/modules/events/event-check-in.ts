import { DomainError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { actorOf } from '../../authz/index.js';
import { recordAudit } from '../audit/index.js';
import type { EventsRequest } from './events.deps.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
import { checkInInput } from './event-registrations.inputs.js';
import { demandEventsManager } from './events.policy.js';
import type { EventRegistrationStatus } from './events.types.js';

/**
 * Check-in on the day: people registered (confirmed, or waiting people who came anyway, as staff
 * let them in when places are left on the day); the console retries a lost call, so it sets a state.
 */
export function createEventCheckIn(deps: EventsRequest) {
  const { clock, viewer, requestId } = deps;
  return {
    /** Sets the state: a retried call changes nothing, writes no audit entry and answers the same. */
    async checkIn(input: unknown) {
      const i = parseInput(checkInInput, input);
      demandEventsManager(viewer, i.territoryId);
      const [found] = await createEventRegistrationsStore(deps.ds).registrationsByIds(i.territoryId, [
        i.registrationId,
      ]);
      if (!found) throw new DomainError('NOT_FOUND', 'Inscription introuvable.', { registrationId: 'inconnue' });
      if (!(['CONFIRMED', 'WAITING'] as EventRegistrationStatus[]).includes(found.status)) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Seules les personnes inscrites (confirmées ou en liste d’attente) sont pointées.',
          { registrationId: 'non inscrite' },
        );
      }
      const event = await deps.loaders.events.eventById.load({ territoryId: i.territoryId, id: found.eventId });
      if (event?.status === 'CANCELLED') {
        throw new DomainError('CONFLICT', 'Cette rencontre est annulée : personne n’y est pointé.', {
          registrationId: 'rencontre annulée',
        });
      }
      const registration = await deps.ds.transaction(async (tx) => {
        const row = (await createEventRegistrationsStore(tx).setCheckedIn(
          i.territoryId,
          found.id,
          i.checkedIn,
          clock.now(),
        ))!;
        const { changed, ...registration } = row;
        if (changed) {
          await recordAudit(tx, clock, actorOf(viewer), requestId, {
            territoryId: i.territoryId,
            action: 'event-registration.check-in',
            targetType: 'EventRegistration',
            targetId: found.id,
            before: { checkedIn: !i.checkedIn },
            after: { checkedIn: i.checkedIn, name: found.name },
          });
        }
        return registration;
      });
      return {
        registration,
        awaitingConfirmation: false,
        message: i.checkedIn ? 'Présence notée.' : 'Présence retirée.',
      };
    },
  };
}
