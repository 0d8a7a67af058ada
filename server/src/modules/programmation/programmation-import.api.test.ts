import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { createHarness, type Harness, type ResultFor } from '../../../test/harness.js';
import { routesApp } from '../../../test/http-routes.js';
import { readFile } from 'node:fs/promises';
import { importTerritory } from '../../import/index.js';
import { seedUser } from '../../../test/seed.js';
import { writeSession } from '../../../test/session.js';
import { SESSION_COOKIE } from '../identity/index.js';
import { uniqueCode } from '../../../test/factories.js';
import { SPREADSHEET_COLUMNS, type SpreadsheetRow } from './spreadsheet-columns.js';

let h: Harness;
let app: FastifyInstance;
beforeAll(async () => {
  h = await createHarness();
  app = await routesApp(h);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const APPLY = graphql(`
  mutation ApplyImport($i: ApplyProgrammationImportInput!) {
    applyProgrammationImport(input: $i) {
      message
      programmationImport {
        status
        createdCount
        updatedCount
      }
    }
  }
`);
/** The figures a report printed: the import must leave them as they are, to the cent. */
const PRINTED = graphql(`
  query RoundTripPrinted($code: String!, $year: Int!) {
    territory(code: $code) {
      programmation(year: $year) {
        totalCost {
          printed
        }
        specificCredits {
          printed
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query ImportPreview($code: String!, $id: ID!) {
    territory(code: $code) {
      programmationImport(id: $id) {
        status
        applicable
        message
        problems {
          line
          column
          message
        }
      }
    }
  }
`);

type Row = Partial<SpreadsheetRow>;
/** The action of line `i`: two funders on the even ones. */
const actionRows = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => [
    {
      title: `Atelier n° ${i}`,
      operator: `Association ${i % 9}`,
      communes: 'Béthune',
      funder: 'ANCT',
      amount: `${1000 + i},50`,
    },
    ...(i % 2 ? [] : [{ title: `Atelier n° ${i}`, operator: `Association ${i % 9}`, funder: 'Région', amount: '250' }]),
  ]).flat();

async function xlsxOf(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Programmation');
  sheet.addRow(SPREADSHEET_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(SPREADSHEET_COLUMNS.map((c) => row[c.key] ?? ''));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(
  cookie: string,
  code: string,
  file: Buffer,
  filename = 'programmation.xlsx',
  csrf = true,
  year = 2025,
) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/programmation/import?territory=${code}&year=${year}`,
    headers: {
      cookie,
      'content-type': 'application/octet-stream',
      'x-filename': encodeURIComponent(filename),
      ...(csrf ? { 'x-requested-with': 'fetch' } : {}),
    },
    payload: file,
  });
  return { status: response.statusCode, body: response.json() };
}

const count = async (sql: string, params: unknown[]) =>
  Number(((await h.dataSource.query(sql, params)) as { n: string }[])[0]!.n);

describe('programmation import', () => {
  it('names the 3 bad rows of 150 actions, refuses to apply them, then applies the fixed file at once', async () => {
    const { territory, staff } = await seed(h).territory().staff();
    const rows = actionRows(150);
    const bad = rows.map((r) => ({ ...r }));
    bad[3]!.amount = '12,5,0';
    bad[9]!.communes = 'Atlantis';
    bad[20]!.startDate = '31/02/2025';
    const preview = await upload(staff.cookie, territory.code, await xlsxOf(bad));
    expect(preview.status).toBe(201);
    expect(preview.body.problems.map((p: { message: string }) => p.message)).toEqual([
      'Ligne 5, colonne « Montant » : montant illisible (« 12,5,0 »)',
      'Ligne 11, colonne « Communes » : commune inconnue (« Atlantis »)',
      'Ligne 22, colonne « Date de début » : cette date n’existe pas (« 31/02/2025 »)',
    ]);
    expect(preview.body).toMatchObject({ applicable: false, status: 'PREVIEW' });
    const refused = await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: preview.body.id } });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Ce fichier comporte 3 problèmes : corrigez-le puis importez-le de nouveau.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const seen = await staff.client.execute(PREVIEW, { code: territory.code, id: preview.body.id });
    expect(seen.data!.territory!.programmationImport!.problems).toHaveLength(3);

    const fixed = await upload(staff.cookie, territory.code, await xlsxOf(rows));
    expect(fixed.body).toMatchObject({ createdCount: 150, updatedCount: 0, applicable: true, problems: [] });
    let result: ResultFor<typeof APPLY> | undefined;
    const statements = await h.countSql(
      async () =>
        (result = await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: fixed.body.id } })),
    );
    expect(result!.errors).toBeUndefined();
    expect(result!.data).toMatchObject({
      applyProgrammationImport: { programmationImport: { status: 'APPLIED', createdCount: 150 } },
    });
    // The session, the lock, the checks, one statement per table written, the audit entry: whatever the size.
    expect(statements).toBeLessThanOrEqual(14);
    expect(
      await count('SELECT count(*) AS n FROM actions WHERE territory_id = $1 AND year = 2025', [territory.id]),
    ).toBe(150);
    const [sum] = (await h.dataSource.query(
      `SELECT sum(amount)::text AS total FROM fundings WHERE territory_id = $1
       AND action_id IN (SELECT id FROM actions WHERE territory_id = $1 AND year = 2025)`,
      [territory.id],
    )) as { total: string }[];
    const expected = rows.reduce((cents, r) => cents + Math.round(Number(r.amount!.replace(',', '.')) * 100), 0);
    expect(sum!.total).toBe((expected / 100).toFixed(2));
    const [programmation] = (await h.dataSource.query(
      'SELECT status FROM programmations WHERE territory_id = $1 AND year = 2025',
      [territory.id],
    )) as { status: string }[];
    expect(programmation!.status).toBe('DRAFT');

    // The same file again: nothing to change, and applying it writes nothing.
    const audits = () => count('SELECT count(*) AS n FROM audit_log WHERE territory_id = $1', [territory.id]);
    const auditsBefore = await audits();
    const again = await upload(staff.cookie, territory.code, await xlsxOf(rows));
    expect(again.body).toMatchObject({ unchangedCount: 150, createdCount: 0, updatedCount: 0, applicable: false });
    expect(again.body.message).toBe('Ce fichier ne change rien.');
    const nothing = await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: again.body.id } });
    expect(nothing.errors?.[0]?.message).toBe('Ce fichier ne change rien.');
    expect(await audits()).toBe(auditsBefore);
  });

  it('lists each change of an update, and refuses to apply a preview overtaken by an edit', async () => {
    const { territory, staff } = await seed(h).territory().staff();
    const rows = actionRows(4);
    const first = await upload(staff.cookie, territory.code, await xlsxOf(rows), 'premier.csv.xlsx');
    await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: first.body.id } });
    rows[0]!.amount = '1 200';
    rows[0]!.status = 'Refusée';
    // Association 1 runs one action: its SIRET is given on it.
    rows[2]!.operatorSiret = '73282932000074';
    const second = await upload(staff.cookie, territory.code, await xlsxOf(rows));
    expect(second.body).toMatchObject({ updatedCount: 2, unchangedCount: 2 });
    expect(second.body.updated.map((u: { changes: unknown }) => u.changes)).toEqual([
      [
        { field: 'Statut', before: 'Financée', after: 'Refusée' },
        { field: 'Financeur « ANCT »', before: '1000.50 €', after: '1200.00 €' },
      ],
      [{ field: 'SIRET du porteur', before: null, after: '73282932000074' }],
    ]);
    await h.dataSource.query(
      `UPDATE actions SET version = version + 1 WHERE territory_id = $1 AND title = 'Atelier n° 3'`,
      [territory.id],
    );
    const conflict = await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: second.body.id } });
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [status] = (await h.dataSource.query(
      `SELECT status FROM actions WHERE territory_id = $1 AND title = 'Atelier n° 0'`,
      [territory.id],
    )) as { status: string }[];
    expect(status!.status).toBe('FUNDED');

    const third = await upload(staff.cookie, territory.code, await xlsxOf(rows));
    const applied = await staff.client.execute(APPLY, { i: { territoryId: territory.id, importId: third.body.id } });
    expect(applied.data?.applyProgrammationImport.programmationImport.updatedCount).toBe(2);
    const [operator] = (await h.dataSource.query(
      `SELECT siret FROM operators WHERE territory_id = $1 AND name = 'Association 1'`,
      [territory.id],
    )) as { siret: string }[];
    expect(operator!.siret).toBe('73282932000074');
  });

  it('is for staff only, with the CSRF header, and serves the template to staff', async () => {
    const { territory, staff, resident } = await seed(h).territory().staff().resident();
    const file = await xlsxOf(actionRows(1));
    expect((await upload(resident.cookie, territory.code, file)).status).toBe(403);
    expect((await upload('', territory.code, file)).status).toBe(401);
    expect((await upload(staff.cookie, territory.code, file, 'p.xlsx', false)).status).toBe(403);
    expect((await upload(staff.cookie, territory.code, Buffer.from('%PDF'), 'p.pdf')).body).toEqual({
      error: 'Format de fichier non reconnu : envoyez un fichier .xlsx ou .csv.',
    });
    const preview = await upload(staff.cookie, territory.code, file);
    const denied = await resident.client.execute(APPLY, {
      i: { territoryId: territory.id, importId: preview.body.id },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await resident.client.execute(PREVIEW, { code: territory.code, id: preview.body.id });
    expect(hidden.data!.territory!.programmationImport).toBeNull();

    const template = (cookie: string) =>
      app.inject({ url: `/api/programmation/import-template.xlsx?territory=${territory.code}`, headers: { cookie } });
    const ok = await template(staff.cookie);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('spreadsheetml');
    expect((await template(resident.cookie)).statusCode).toBe(403);
  });
});

describe('export then import', () => {
  /** Staff's export of a year, in both formats, imported back: nothing to change, no problem. */
  async function roundTrip(cookie: string, code: string, year: number, actions: number) {
    for (const format of ['xlsx', 'csv']) {
      const exported = await app.inject({
        url: `/exports/${code}/programmation/${year}.${format}`,
        headers: { cookie },
      });
      expect(exported.statusCode).toBe(200);
      const { body } = await upload(cookie, code, exported.rawPayload, `${year}.${format}`, true, year);
      expect(body.problems).toEqual([]);
      expect(body).toMatchObject({ message: 'Ce fichier ne change rien.', unchangedCount: actions, applicable: false });
    }
  }
  const fundingTotal = async (territoryId: string) =>
    (
      (await h.dataSource.query(
        'SELECT coalesce(sum(amount), 0)::text AS total FROM fundings WHERE territory_id = $1',
        [territoryId],
      )) as { total: string }[]
    )[0]!.total;

  it('changes nothing in the Béthune-Bruay 2019 and 2024 programmations', async () => {
    const file = JSON.parse(await readFile(new URL('../../../data/cabbalr.json', import.meta.url), 'utf8'));
    const code = uniqueCode('BB');
    await importTerritory(h.dataSource, { ...file, territory: { ...file.territory, code } });
    const [row] = (await h.dataSource.query('SELECT id FROM territories WHERE code = $1', [code])) as { id: string }[];
    const id = row!.id;
    const staff = await seedUser(h, {
      territory: { id, code, councilId: '', communeId: '', quartierId: '' },
      role: 'STAFF',
    });
    const { token } = await writeSession(h.dataSource, staff.id, { at: h.clock.now() });
    const cookie = `${SESSION_COOKIE}=${token}`;
    const before = await fundingTotal(id);
    await roundTrip(cookie, code, 2019, 117);
    await roundTrip(cookie, code, 2024, 4);
    expect(await fundingTotal(id)).toBe(before);
    // The published figures (Béthune-Bruay 2024: 142 funded actions, 6 286 281 €), kept to the cent.
    const printed = async (year: number) => (await h.execute(PRINTED, { code, year })).data!.territory!.programmation;
    expect(await printed(2019)).toEqual({ totalCost: { printed: '5530289.00' }, specificCredits: { printed: null } });
    expect(await printed(2024)).toEqual({
      totalCost: { printed: '6286281.00' },
      specificCredits: { printed: '1989939.00' },
    });
  });

  it('changes nothing in a programmation with amounts, whose totals stay exact to the cent', async () => {
    const { territory, staff } = await seed(h).territory({ actions: 40 }).staff();
    const before = await fundingTotal(territory.id);
    await roundTrip(staff.cookie, territory.code, 2024, 40);
    expect(await fundingTotal(territory.id)).toBe(before);
  });
});
