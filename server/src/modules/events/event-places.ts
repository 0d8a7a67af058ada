import { DomainError } from '../../shared/errors.js';
import type { Queryable } from '../../shared/sql.js';
import { territoriesByIds, type TerritoryRow } from '../territory/index.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
import { registrationMail, type MailDeps } from './event-registration-mail.js';
import type { EventRegistrationHooks, EventRow } from './events.types.js';

type Territory = Pick<TerritoryRow, 'id' | 'code' | 'name'>;

/** Why nobody may register now, or null: planned, not started, and (online) registration open. */
export function registrationRefusal(event: EventRow, now: Date, online: boolean): string | null {
  if (event.status === 'CANCELLED') return 'Cet événement est annulé.';
  if (event.status === 'HELD' || event.startsAt <= now) return 'Cet événement a déjà eu lieu.';
  if (online && !event.registrationOpen) return 'Les inscriptions à cet événement sont fermées.';
  return null;
}

/**
 * Places are decided under the event's row lock: concurrent registrations of one event run one
 * after the other, so the count read is the count written and the capacity holds exactly.
 */
export async function lockPlaces(tx: Queryable, territoryId: string, eventId: string) {
  const store = createEventRegistrationsStore(tx);
  const event = await store.lockEvent(territoryId, eventId);
  if (!event) throw new DomainError('NOT_FOUND', 'Événement introuvable.', { eventId: 'inconnu' });
  const left =
    event.capacity === null ? null : Math.max(0, event.capacity - (await store.confirmedCount(territoryId, eventId)));
  return { event, left, status: left === null || left > 0 ? ('CONFIRMED' as const) : ('WAITING' as const) };
}

/**
 * Fills the places left with waiting people, by arrival, and emails each (inside the caller's
 * transaction, after it freed a place or added some). Nothing happens once the event is no longer planned.
 */
export async function promoteWaiting(tx: Queryable, deps: MailDeps, territory: Territory, eventId: string) {
  const { event, left } = await lockPlaces(tx, territory.id, eventId);
  if (event.status !== 'PLANNED' || event.startsAt <= deps.clock.now() || left === 0) return [];
  const promoted = await createEventRegistrationsStore(tx).promote(territory.id, event.id, left, deps.clock.now());
  const mail = registrationMail(deps);
  for (const r of promoted) await mail.sendStatus(tx, 'event-promoted', event, territory, r);
  return promoted;
}

/** The hooks the events service calls in its transactions (cancelling an event, adding places). */
export function registrationHooks(deps: MailDeps): EventRegistrationHooks {
  // Read with the transaction's connection: the pool may have none left to lend meanwhile.
  const territoryOf = async (tx: Queryable, id: string) => (await territoriesByIds(tx, [id]))[0]!;
  return {
    async notifyCancellation(tx, event, message) {
      const territory = await territoryOf(tx, event.territoryId);
      const mail = registrationMail(deps);
      const registrants = await createEventRegistrationsStore(tx).liveOfEvent(event.territoryId, event.id);
      for (const r of registrants) await mail.sendCancelled(tx, event, territory, r, message ?? '');
    },
    async promoteWaiting(tx, event) {
      await promoteWaiting(tx, deps, await territoryOf(tx, event.territoryId), event.id);
    },
  };
}
