import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { territoriesByIds } from '../territory/index.js';
import { createEventsStore } from './events.store.js';
import { createEventRemindersStore } from './event-reminders.store.js';
import { registrationMail } from './event-registration-mail.js';

const BATCH = 50;

/**
 * Reminds confirmed registrants the day before their event (Paris calendar), once each, and erases
 * registrants' names and contact details once their event ended longer ago than the territory's
 * retention period. Idempotent and safe on several instances at once: reminders are claimed (SKIP
 * LOCKED) and marked in the transaction of their emails; the purge marks the event it clears.
 * `only` limits a run to one territory (tests share one database).
 */
export async function runEventReminders(
  ds: DataSource,
  clock: Clock,
  publicUrl: string,
  only: { territoryId?: string } = {},
) {
  const territoryId = only.territoryId ?? null;
  const mail = registrationMail({ clock, publicUrl });
  let reminded = 0;
  for (;;) {
    const sent = await ds.transaction(async (tx) => {
      const claimed = await createEventRemindersStore(tx).claimReminders(clock.now(), BATCH, territoryId);
      for (const r of claimed) {
        const [event] = await createEventsStore(tx).eventsByIds(r.territoryId, [r.eventId]);
        const [territory] = await territoriesByIds(tx, [r.territoryId]);
        await mail.sendStatus(tx, 'event-reminder', event!, territory!, r);
      }
      return claimed.length;
    });
    reminded += sent;
    if (sent < BATCH) break;
  }
  const erased = await createEventRemindersStore(ds).eraseExpiredContacts(clock.now(), territoryId);
  return { reminded, erasedEvents: erased.length };
}

/** Runs the job every 10 minutes (and once at start, for reminders due while the server was down). */
export function startEventRemindersWorker(ds: DataSource, clock: Clock, publicUrl: string, everyMs = 600_000) {
  const run = () =>
    void runEventReminders(ds, clock, publicUrl).catch((error: unknown) =>
      console.error('[events] reminders job error', error),
    );
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
