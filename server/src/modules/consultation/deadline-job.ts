import type { DataSource } from 'typeorm';
import type { Clock } from '../../shared/clock.js';
import { createConsultationStore } from './consultation.store.js';

/**
 * Closes every consultation whose deadline has passed and gives each silent body its « avis réputé
 * favorable ». Idempotent and safe to run on several instances at once: the unique avis per body and
 * the conditional state change make a second run, or a late one after downtime, change nothing twice.
 */
export async function applyDeadlines(ds: DataSource, clock: Clock) {
  const now = clock.now();
  let tacit = 0;
  for (const report of await createConsultationStore(ds).dueReports(now)) {
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
  return { tacit };
}

/** Runs the deadline job every minute (and once at start, for deadlines passed while the server was down). */
export function startDeadlineWorker(ds: DataSource, clock: Clock, everyMs = 60_000) {
  const run = () =>
    void applyDeadlines(ds, clock).catch((error: unknown) => console.error('[deadlines] job error', error));
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
