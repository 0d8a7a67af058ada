import type { Clock } from '../../shared/clock.js';
import { formatParis } from '../../shared/clock.js';
import { randomToken, sha256 } from '../../shared/secrets.js';
import type { Queryable } from '../../shared/sql.js';
import { notify, type EmailAttachment } from '../notifications/index.js';
import type { TerritoryRow } from '../territory/index.js';
import { createEventRegistrationsStore } from './event-registrations.store.js';
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

const icsText = (text: string) => text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
const icsTime = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The event's calendar file. TODO(merge): S1's `eventIcs` (the per-event .ics route's builder)
 * replaces this minimal one, in UTC times (the same instants whatever the time zone).
 */
const icsOf = (event: EventRow, territory: Territory, publicUrl: string): EmailAttachment => ({
  filename: 'evenement.ics',
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  content: [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quartiers//Evenements//FR',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.id}@quartiers`,
    `DTSTAMP:${icsTime(event.updatedAt)}`,
    `DTSTART:${icsTime(event.startsAt)}`,
    `DTEND:${icsTime(event.endsAt)}`,
    `SUMMARY:${icsText(event.title)}`,
    ...(event.place ? [`LOCATION:${icsText(event.place)}`] : []),
    `URL:${publicUrl}/${territory.code}/evenements/${event.id}`,
    `STATUS:${event.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n'),
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
    link: `${publicUrl}/${territory.code}/evenements/${event.id}`,
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
