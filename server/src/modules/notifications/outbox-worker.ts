import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import type { MailTransport } from './mailer.js';
import { createNotificationsStore } from './notifications.store.js';

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** 1 min, 2 min, 4 min … about 2 hours in all before a message is marked FAILED. */
const backoffMs = (attempt: number) => 60_000 * 2 ** (attempt - 1);

/**
 * Sends due messages of the outbox once (of one territory when `territoryId` is given, as a test does).
 * Each message is claimed, sent and marked in its own short transaction, so a slow SMTP server never
 * holds many locks and a crash re-sends at most one.
 */
export async function sendDueMessages(
  ds: DataSource,
  transport: MailTransport,
  from: string,
  clock: Clock,
  territoryId: string | null = null,
) {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < BATCH; i++) {
    const done = await ds.transaction(async (tx) => {
      const store = createNotificationsStore(tx);
      const [message] = await store.claimDue(clock.now(), 1, territoryId);
      if (!message) return false;
      try {
        await transport.sendMail({
          from,
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
          attachments: message.attachments,
        });
        await store.markSent(message.id, clock.now());
        sent++;
      } catch (error) {
        const attempt = message.attempts + 1;
        const next = attempt >= MAX_ATTEMPTS ? null : new Date(clock.now().getTime() + backoffMs(attempt));
        await store.markFailed(message.id, error instanceof Error ? error.message : String(error), next);
        failed++;
      }
      return true;
    });
    if (!done) break;
  }
  return { sent, failed };
}

/** Polls the outbox every few seconds; returns a stop function. */
export function startOutboxWorker(
  ds: DataSource,
  transport: MailTransport,
  from: string,
  clock: Clock,
  everyMs = 5000,
) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sendDueMessages(ds, transport, from, clock)
      .catch((error: unknown) => console.error('[outbox] worker error', error))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
