import { type ReportStatus } from '../src/modules/consultation/index.js';
import { createConsultationStore } from '../src/modules/consultation/consultation.store.js';
import { REPORT_PLAN } from '../src/modules/consultation/report-plan.js';
import type { Harness } from './harness.js';
import type { SeededTerritory } from './seed.js';

let nextYear = 3000;

/**
 * A report of the territory in the given state, with the décret's sections and two consulted bodies
 * (the territory's conseil citoyen and its first commune), written directly: tests of later steps do
 * not replay earlier ones.
 */
export async function seedReport(
  h: Pick<Harness, 'dataSource'>,
  territory: SeededTerritory,
  status: ReportStatus = 'DRAFT',
  dates: { transmittedOn: string; deadline: string } = { transmittedOn: '2025-06-30', deadline: '2025-10-30' },
) {
  const store = createConsultationStore(h.dataSource);
  const report = (await store.insertReport({
    territoryId: territory.id,
    referenceYear: nextYear++,
    title: 'Rapport de test',
    at: new Date(),
  }))!;
  await store.insertSections(territory.id, report.id, REPORT_PLAN);
  await store.insertBodies(territory.id, report.id, [
    {
      kind: 'CITIZEN_COUNCIL',
      citizenCouncilId: territory.councilId,
      communeId: null,
      name: 'Conseil citoyen Mont-Liébaut',
    },
    { kind: 'COMMUNE', citizenCouncilId: null, communeId: territory.communeId, name: 'Conseil municipal' },
  ]);
  await store.updateReportTerms(territory.id, report.id, {
    title: report.title,
    easyReadSummary: null,
    adoptedOn: '2025-06-24',
    transmittedOn: dates.transmittedOn,
    deadline: dates.deadline,
  });
  // Posted on the transmission day: reachable without emails, so tests count only the emails they cause.
  await h.dataSource.query('UPDATE consulted_bodies SET posted_on = $2 WHERE report_id = $1', [
    report.id,
    dates.transmittedOn,
  ]);
  if (status !== 'DRAFT') {
    await h.dataSource.query('UPDATE reports SET status = $2 WHERE id = $1', [report.id, status]);
    await h.dataSource.query(
      `UPDATE consulted_bodies SET transmitted_on = posted_on, transmission_channel = 'POST' WHERE report_id = $1`,
      [report.id],
    );
  }
  const [sections, bodies] = await Promise.all([
    store.sectionsByReportIds(territory.id, [report.id]),
    store.bodiesByReportIds(territory.id, [report.id]),
  ]);
  return {
    id: report.id,
    referenceYear: report.referenceYear,
    sections,
    councilBody: bodies.find((b) => b.kind === 'CITIZEN_COUNCIL')!,
    communeBody: bodies.find((b) => b.kind === 'COMMUNE')!,
  };
}
