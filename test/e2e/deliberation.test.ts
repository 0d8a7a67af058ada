import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../server/test/seed.js';
import { seedReport } from '../../server/test/seed-consultation.js';
import { writeSession } from '../../server/test/session.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let territory: SeededTerritory;
beforeAll(async () => {
  server = await startTestServer();
  territory = await seedTerritory(server.db);
});
afterAll(() => server.close());

const cookieOf = async (userId: string) => (await writeSession(server.db.dataSource, userId)).cookie;

const PDF = Buffer.from('%PDF-1.4\n% délibération\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('the deliberation of a conseil municipal', () => {
  it('is uploaded by the commune’s representative as a PDF, refused otherwise, and readable by staff before publication', async () => {
    const r = await seedReport(server.db, territory, 'IN_CONSULTATION', {
      transmittedOn: '2099-01-01',
      deadline: '2099-12-31',
    });
    const path = `/${territory.code}/rapports/${r.referenceYear}/instances/${r.communeBody.id}/deliberation.pdf`;
    const rep = await cookieOf((await seedUser(server.db, { territory, role: 'COMMUNE_REPRESENTATIVE' })).id);
    const resident = await cookieOf((await seedUser(server.db, { territory, role: 'RESIDENT' })).id);
    const staff = await cookieOf((await seedUser(server.db, { territory, role: 'STAFF' })).id);
    const put = (cookie: string | null, body: Buffer, type = 'application/pdf') =>
      fetch(`${server.url}/uploads${path}`, {
        method: 'PUT',
        headers: { 'content-type': type, 'x-filename': 'delib 2025-117.pdf', ...(cookie ? { cookie } : {}) },
        body: new Uint8Array(body),
      });

    expect((await put(null, PDF)).status).toBe(401);
    expect((await put(resident, PDF)).status).toBe(403);
    expect((await put(rep, Buffer.from('pas un pdf'))).status).toBe(400);
    expect((await put(rep, PDF, 'application/octet-stream')).status).toBe(415);
    expect((await put(rep, Buffer.alloc(6 * 1024 * 1024, 0x25))).status).toBe(413);
    const ok = await put(rep, PDF);
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ filename: 'delib 2025-117.pdf', size: PDF.length });

    expect((await fetch(`${server.url}/exports${path}`)).status).toBe(404); // before publication, as if there were none
    const notAYear = path.replace(`/rapports/${r.referenceYear}/`, '/rapports/deux-mille/');
    expect((await fetch(`${server.url}/exports${notAYear}`)).status).toBe(404);
    const upload = await fetch(`${server.url}/uploads${notAYear}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf', cookie: rep },
      body: new Uint8Array(PDF),
    });
    expect(upload.status).toBe(404);
    const asStaff = await fetch(`${server.url}/exports${path}`, { headers: { cookie: staff } });
    expect(asStaff.status).toBe(200);
    expect(Buffer.from(await asStaff.arrayBuffer())).toEqual(PDF);
  });
});
