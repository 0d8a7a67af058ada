import { frenchDate, type Clock } from '../../shared/clock.js';
import type { Queryable } from '../../shared/sql.js';
import { notify } from '../notifications/index.js';
import { recipientsOfBodies } from './body-recipients.js';
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
  const recipients = await recipientsOfBodies(tx, report.territoryId, bodies);
  const deadline = frenchDate(report.deadline!);
  let sent = 0;
  const reached: string[] = [];
  for (const body of bodies) {
    let written = 0;
    for (const person of recipients.get(body.id)!) {
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
