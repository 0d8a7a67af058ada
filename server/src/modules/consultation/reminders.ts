import { frenchDate, type Clock } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { createIdentityStore } from '../identity/index.js';
import { notify, type Recipient } from '../notifications/index.js';
import { createConsultationStore } from './consultation.store.js';
import type { BodyRow, ReportRow } from './consultation.types.js';

/** Days before the deadline when silent bodies get their automatic reminder. */
export const REMINDER_DAYS = 7;

/**
 * Emails everyone who speaks for these bodies (référent and members of a council, representatives of
 * a commune) and the address recorded for the mayor or president, in `tx`: the opening of the
 * consultation, or a reminder. Returns the emails written and the bodies that got at least one.
 */
export async function emailBodies(
  tx: Queryable,
  clock: Clock,
  publicUrl: string,
  report: ReportRow,
  territoryCode: string,
  bodies: BodyRow[],
  template: 'consultation-opened' | 'consultation-reminder',
) {
  if (bodies.length === 0) return { sent: 0, reached: [] as string[] };
  const holders = await createIdentityStore(tx).holdersOfScopes(
    report.territoryId,
    bodies.flatMap((b) => (b.citizenCouncilId ? [b.citizenCouncilId] : [])),
    bodies.flatMap((b) => (b.communeId ? [b.communeId] : [])),
  );
  const deadline = frenchDate(report.deadline!);
  let sent = 0;
  const reached: string[] = [];
  for (const body of bodies) {
    const speakers = holders
      .filter(
        (h) =>
          (body.citizenCouncilId && h.citizenCouncilId === body.citizenCouncilId) ||
          (body.communeId && h.communeId === body.communeId),
      )
      .map((h): Recipient & { name: string | null } => ({
        email: h.email,
        userId: h.userId,
        preferences: h.notificationPreferences,
        name: h.displayName,
      }));
    // The address recorded for the mayor or president, unless one of the people above already has it.
    if (body.recipientEmail && !speakers.some((p) => p.email === body.recipientEmail))
      speakers.push({ email: body.recipientEmail, name: null });
    let written = 0;
    for (const person of speakers) {
      const ok = await notify(
        tx,
        clock,
        report.territoryId,
        { email: person.email, userId: person.userId, preferences: person.preferences },
        template,
        {
          name: person.name ?? '',
          body: body.name,
          report: report.title,
          deadline,
          link: `${publicUrl}/${territoryCode}/rapports/${report.referenceYear}`,
        },
      );
      if (ok) written++;
    }
    sent += written;
    if (written) reached.push(body.id);
  }
  return { sent, reached };
}

/** A reminder to these bodies, which are then marked reminded (the automatic one is sent once). */
export async function remindBodies(
  tx: Queryable,
  clock: Clock,
  publicUrl: string,
  report: ReportRow,
  territoryCode: string,
  bodies: BodyRow[],
) {
  const { sent } = await emailBodies(tx, clock, publicUrl, report, territoryCode, bodies, 'consultation-reminder');
  await createConsultationStore(tx).markReminded(
    report.territoryId,
    bodies.map((b) => b.id),
    clock.now(),
  );
  return sent;
}
