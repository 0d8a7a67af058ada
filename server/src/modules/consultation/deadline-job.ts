import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { territoriesByIds } from '../territory/index.js';
import { createConsultationStore } from './consultation.store.js';
import { remindBodies, REMINDER_DAYS } from './reminders.js';

/**
 * Reminds silent bodies 7 days before the deadline, closes every consultation whose deadline has
 * passed and gives each silent body its « avis réputé favorable ». Idempotent and safe to run on
 * several instances at once: reminded bodies are marked, the avis is unique per body and the state
 * changes only from the state read, so a second run, or a late one after downtime, does nothing twice.
 * `only` limits a run to one territory (tests share one database).
 */
export async function applyDeadlines(
  ds: DataSource,
  clock: Clock,
  publicUrl = '',
  only: { territoryId?: string } = {},
) {
  const now = clock.now();
  const territoryId = only.territoryId ?? null;
  let reminded = 0;
  const toRemind = await createConsultationStore(ds).bodiesToRemind(now, REMINDER_DAYS, territoryId);
  for (const reportId of new Set(toRemind.map((b) => b.reportId))) {
    const bodies = toRemind.filter((b) => b.reportId === reportId);
    const territoryId = bodies[0]!.territoryId;
    const [report] = await createConsultationStore(ds).reportsByIds(territoryId, [reportId]);
    const [territory] = await territoriesByIds(ds, [territoryId]);
    reminded += await ds.transaction((tx) => remindBodies(tx, clock, publicUrl, report!, territory!.code, bodies));
  }
  let tacit = 0;
  for (const report of await createConsultationStore(ds).dueReports(now, territoryId)) {
    tacit += await ds.transaction(async (tx) => {
      const store = createConsultationStore(tx);
      const created = await store.insertTacitOpinions(report.territoryId, report.id, now);
      for (const { id } of created) {
        await store.insertRevision({
          territoryId: report.territoryId,
          opinionId: id,
          revision: 1,
          content: { position: 'DEEMED_FAVOURABLE', tacit: true },
          submittedBy: null,
          at: now,
        });
      }
      if (await store.moveReport(report.territoryId, report.id, 'IN_CONSULTATION', 'CLOSED')) {
        await store.insertTransition({
          territoryId: report.territoryId,
          reportId: report.id,
          fromStatus: 'IN_CONSULTATION',
          toStatus: 'CLOSED',
          at: now,
          by: null,
        });
      }
      return created.length;
    });
  }
  return { tacit, reminded };
}

/** Runs the job every minute (and once at start, for deadlines passed while the server was down). */
export function startDeadlineWorker(ds: DataSource, clock: Clock, publicUrl: string, everyMs = 60_000) {
  const run = () =>
    void applyDeadlines(ds, clock, publicUrl).catch((error: unknown) => console.error('[deadlines] job error', error));
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
