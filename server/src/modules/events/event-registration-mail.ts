import type { Clock } from '../../shared/clock.js';
import { formatParis } from '../../shared/clock.js';
import { randomToken, sha256 } from '../../shared/secrets.js';
import type { Queryable } from '../../shared/sql.js';
import { notify, type EmailAttachment } from '../notifications/index.js';
import type { TerritoryRow } from '../territory/index.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
import { eventIcs, eventPageUrl } from './event-ics.js';
import type { EventRegistrationRow, EventRow } from './events.types.js';

/** What a registration email needs beyond the transaction: the clock and the links' base. */
export interface MailDeps {
  clock: Clock;
  publicUrl: string;
}
type Territory = Pick<TerritoryRow, 'id' | 'code' | 'name'>;
type StatusEmail = 'event-registered' | 'event-waiting' | 'event-promoted' | 'event-reminder';

/** « le 14/03/2026 à 18:30 » */
export const eventWhen = (event: Pick<EventRow, 'startsAt'>) => `le ${formatParis(event.startsAt)}`;

/** The event's calendar file, the one its page offers (STATUS:CANCELLED once cancelled). */
const icsOf = (event: EventRow, territory: Territory, publicUrl: string): EmailAttachment => ({
  filename: 'evenement.ics',
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  content: eventIcs([event], {
    calendarName: `Agenda de la participation — ${territory.name}`,
    eventUrl: (e) => eventPageUrl(publicUrl, territory.code, e.id),
  }),
});

/**
 * The emails of one registration, each with the event's `.ics` and, but for the cancellation of the
 * event, a fresh cancellation link (only its hash is kept: each email replaces the previous link).
 */
export function registrationMail({ clock, publicUrl }: MailDeps) {
  const facts = (event: EventRow, territory: Territory, name: string | null) => ({
    name: name ?? '',
    territory: territory.name,
    title: event.title,
    when: eventWhen(event),
    place: event.place ?? '',
    link: eventPageUrl(publicUrl, territory.code, event.id),
  });

  return {
    facts,
    async sendStatus(
      tx: Queryable,
      kind: StatusEmail,
      event: EventRow,
      territory: Territory,
      registration: Pick<EventRegistrationRow, 'id' | 'userId' | 'email' | 'name'>,
      rank = 0,
    ) {
      if (!registration.email) return;
      const token = randomToken();
      await createEventRegistrationsStore(tx).setTokens(territory.id, registration.id, { cancel: sha256(token) });
      const params = {
        ...facts(event, territory, registration.name),
        cancelLink: `${publicUrl}/${territory.code}/evenements/annuler#jeton=${token}`,
        rank,
      };
      await notify(tx, clock, territory.id, { email: registration.email, userId: registration.userId }, kind, params, [
        icsOf(event, territory, publicUrl),
      ]);
    },

    async sendConfirmLink(
      tx: Queryable,
      event: EventRow,
      territory: Territory,
      to: { email: string; userId: string; name: string | null },
      token: string,
    ) {
      await notify(tx, clock, territory.id, { email: to.email, userId: to.userId }, 'event-confirm', {
        ...facts(event, territory, to.name),
        confirmLink: `${publicUrl}/${territory.code}/evenements/confirmer#jeton=${token}`,
      });
    },

    async sendCancelled(
      tx: Queryable,
      event: EventRow,
      territory: Territory,
      registration: EventRegistrationRow,
      message: string,
    ) {
      if (!registration.email) return;
      await notify(
        tx,
        clock,
        territory.id,
        { email: registration.email, userId: registration.userId },
        'event-cancelled',
        { ...facts(event, territory, registration.name), message },
        [icsOf(event, territory, publicUrl)],
      );
    },
  };
}
export type RegistrationMail = ReturnType<typeof registrationMail>;
