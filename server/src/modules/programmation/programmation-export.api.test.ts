import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { routesApp } from '../../../test/http-routes.js';
import { graphql } from '../../../test/__generated__/index.js';
import { SPREADSHEET_COLUMNS } from './spreadsheet-columns.js';
import { SCDL_COLUMNS, validateScdlCsv } from './scdl.js';

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

const OPEN_DATA = graphql(`
  query ExportsOpenData($code: String!) {
    territory(code: $code) {
      openData {
        title
        url
        format
        updatedAt
        schema {
          name
          version
          url
        }
        licence {
          name
          url
        }
      }
    }
  }
`);

const SCDL_GAPS = graphql(`
  query ExportsScdlGaps($code: String!, $year: Int!) {
    territory(code: $code) {
      programmation(year: $year) {
        scdlGaps {
          field
          message
          action {
            title
          }
          funder {
            name
          }
        }
      }
    }
  }
`);

const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const sql = (text: string, params: unknown[]) => h.dataSource.query(text, params);
const funderIdOf = async (territoryId: string, name: string) =>
  (
    (await sql('SELECT id FROM funders WHERE territory_id = $1 AND name = $2', [territoryId, name])) as { id: string }[]
  )[0]!.id;

/**
 * What staff would enter for the SCDL file: SIRETs, dates, terms; the operator of the funder's last
 * action is an association without SIRET, identified by its RNA.
 */
async function completeScdlData(territoryId: string, funderId: string) {
  await sql(
    `UPDATE funders SET siret = '20004168900015', legal_name = 'Région Hauts-de-France' WHERE territory_id = $1`,
    [territoryId],
  );
  await sql(`UPDATE operators SET siret = '12345678900011' WHERE territory_id = $1`, [territoryId]);
  await sql(
    `UPDATE operators SET siret = NULL, rna = 'W623001234' WHERE territory_id = $1 AND id = (SELECT a.operator_id
       FROM actions a JOIN fundings fu ON fu.action_id = a.id AND fu.funder_id = $2 WHERE a.territory_id = $1
       ORDER BY a.title DESC LIMIT 1)`,
    [territoryId, funderId],
  );
  await sql(
    `UPDATE fundings SET convention_date = '2024-06-24', payment_conditions = 'unique', payment_period = '2024-07-01'
     WHERE territory_id = $1`,
    [territoryId],
  );
}

describe('programmation downloads', () => {
  it('gives the public a published programmation as CSV and XLSX, one row per action and funder', async () => {
    const { territory } = await seed(h).territory({ actions: 6 });
    const csv = await get(`/exports/${territory.code}/programmation/2024.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="programmation-${territory.code.toLowerCase()}-2024.csv"`,
    );
    expect(csv.headers['cache-control']).toBe('public, max-age=300');
    const [header, ...rows] = parse(csv.body, { bom: true }) as string[][];
    expect(header).toEqual(SPREADSHEET_COLUMNS.map((c) => c.header));
    // Each action of the factory has two funders.
    expect(rows).toHaveLength(12);
    const amount = SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'amount');
    expect(rows.map((r) => r[amount])).toContain('1000.00');
    expect(new Set(rows.map((r) => r[SPREADSHEET_COLUMNS.findIndex((c) => c.key === 'status')]))).toEqual(
      new Set(['Financée']),
    );

    const xlsx = await get(`/exports/${territory.code}/programmation/2024.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Programmation', 'Totaux par axe', 'Totaux par financeur']);
    expect(book.getWorksheet('Programmation')!.rowCount).toBe(13);
    const axes = book.getWorksheet('Totaux par axe')!.getSheetValues().slice(2, -1) as unknown[][];
    expect(axes.map((r) => r[1])).toEqual(['AXE1']);
  });

  it('reads a programmation in the same statements whatever its number of actions', async () => {
    const [small, large] = await Promise.all([seed(h).territory({ actions: 2 }), seed(h).territory({ actions: 20 })]);
    const names = (code: string) => h.sqlNames(() => get(`/exports/${code}/programmation/2024.csv`));
    expect(await names(large.territory.code)).toEqual(await names(small.territory.code));
  });

  it('shows staff a draft and every action, the public neither', async () => {
    const { territory, staff } = await seed(h).territory({ actions: 3 }).staff();
    await sql(
      `UPDATE actions SET status = 'SUBMITTED' WHERE id = (SELECT id FROM actions WHERE territory_id = $1 LIMIT 1)`,
      [territory.id],
    );
    const url = `/exports/${territory.code}/programmation/2024.csv`;
    const lines = (body: string) => (parse(body, { bom: true }) as string[][]).length - 1;
    expect(lines((await get(url)).body)).toBe(4);
    const asStaff = await get(url, staff.cookie);
    expect(lines(asStaff.body)).toBe(6);
    expect(asStaff.headers['cache-control']).toBe('private, no-store');

    await sql(`UPDATE programmations SET status = 'DRAFT' WHERE territory_id = $1`, [territory.id]);
    const hidden = await get(url);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json()).toEqual({ error: 'Aucune programmation 2024 publiée pour ce territoire.' });
    expect((await get(url, staff.cookie)).statusCode).toBe(200);
    const funderId = await funderIdOf(territory.id, 'Région');
    expect((await get(`/exports/${territory.code}/scdl/2024/${funderId}.csv`, staff.cookie)).statusCode).toBe(404);
  });

  it('answers 404 in French for unknown territories, years, funders and malformed names', async () => {
    const { territory } = await seed(h).territory();
    const funderId = await funderIdOf(territory.id, 'Région');
    const cases: [string, string][] = [
      ['/exports/INCONNU/programmation/2024.csv', 'Territoire introuvable.'],
      ['/exports/x%27;--/programmation/2024.csv', 'Territoire introuvable.'],
      [`/exports/${territory.code}/programmation/1999.csv`, 'Aucune programmation 1999 publiée pour ce territoire.'],
      [`/exports/${territory.code}/programmation/2024.pdf`, 'Fichier introuvable.'],
      [`/exports/${territory.code}/programmation/20245.csv`, 'Fichier introuvable.'],
      [`/exports/${territory.code}/scdl/2024/pas-un-id.csv`, 'Fichier introuvable.'],
      [`/exports/${territory.code}/scdl/deux/${funderId}.csv`, 'Fichier introuvable.'],
      [`/exports/${territory.code}/scdl/2024/${funderId}.json`, 'Fichier introuvable.'],
      [
        `/exports/${territory.code}/scdl/2024/00000000-0000-4000-8000-000000000000.csv`,
        'Aucune subvention de ce financeur dans la programmation 2024 publiée.',
      ],
      [`/exports/INCONNU/scdl/2024/${funderId}.csv`, 'Territoire introuvable.'],
    ];
    for (const [url, error] of cases) {
      const res = await get(url);
      expect([url, res.statusCode, res.json()]).toEqual([url, 404, { error }]);
    }
  });
});

describe('SCDL « Subventions » files and open data', () => {
  it('lists gaps to staff and refuses the file, then publishes a valid file once the data is complete', async () => {
    const { territory, staff, resident } = await seed(h).territory({ actions: 4 }).staff().resident();
    const funderId = await funderIdOf(territory.id, 'Région');
    const url = `/exports/${territory.code}/scdl/2024/${funderId}.csv`;

    const refused = await get(url);
    expect(refused.statusCode).toBe(409);
    const body = refused.json<{ error: string; gaps: { field: string; message: string }[] }>();
    expect(body.error).toMatch(/^Le fichier SCDL ne peut pas être produit, des données obligatoires manquent : « /);
    expect(new Set(body.gaps.map((g) => g.message))).toEqual(
      new Set([
        'SIRET du financeur manquant',
        'Date de convention manquante',
        'SIRET du bénéficiaire manquant (ou, pour une association, son RNA)',
        'Conditions de versement manquantes',
        'Période de versement manquante',
      ]),
    );

    const gaps = (await staff.client.execute(SCDL_GAPS, { code: territory.code, year: 2024 })).data!.territory!
      .programmation!.scdlGaps;
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps[0]).toMatchObject({ field: 'idAttribuant', message: 'SIRET du financeur manquant' });
    expect(gaps[0]!.action!.title).toMatch(/n° 00\d$/);
    expect(gaps[0]!.funder!.name).toBeTruthy();
    const asPublic = await h.execute(SCDL_GAPS, { code: territory.code, year: 2024 });
    expect(asPublic.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asResident = await resident.client.execute(SCDL_GAPS, { code: territory.code, year: 2024 });
    expect(asResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = (await h.execute(OPEN_DATA, { code: territory.code })).data!.territory!.openData;
    expect(listed.map((f) => [f.format, f.url])).toEqual([
      ['CSV', `http://quartiers.test/exports/${territory.code}/programmation/2024.csv`],
      ['XLSX', `http://quartiers.test/exports/${territory.code}/programmation/2024.xlsx`],
    ]);

    await completeScdlData(territory.id, funderId);
    await sql(
      `UPDATE actions SET status = 'REFUSED' WHERE id = (SELECT a.id FROM actions a JOIN fundings fu
         ON fu.action_id = a.id AND fu.funder_id = $2 WHERE a.territory_id = $1 ORDER BY a.title LIMIT 1)`,
      [territory.id, funderId],
    );
    const file = await get(url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="subventions-${territory.code.toLowerCase()}-2024-region.csv"`,
    );
    expect(validateScdlCsv(file.body)).toEqual([]);
    const [header, ...rows] = parse(file.body) as string[][];
    expect(header).toEqual([...SCDL_COLUMNS]);
    const [funded] = (await sql(
      `SELECT count(*)::int AS n FROM fundings fu JOIN actions a ON a.id = fu.action_id
       WHERE fu.territory_id = $1 AND fu.funder_id = $2 AND a.status = 'FUNDED'`,
      [territory.id, funderId],
    )) as { n: number }[];
    expect(rows).toHaveLength(funded!.n);
    const at = (column: (typeof SCDL_COLUMNS)[number]) => rows.map((r) => r[SCDL_COLUMNS.indexOf(column)]);
    expect(new Set(at('nomAttribuant'))).toEqual(new Set(['Région Hauts-de-France']));
    expect(at('idBeneficiaire')).toContain('W623001234');

    const after = await staff.client.execute(SCDL_GAPS, { code: territory.code, year: 2024 });
    expect(after.data!.territory!.programmation!.scdlGaps).toEqual([]);
    const files = (await h.execute(OPEN_DATA, { code: territory.code })).data!.territory!.openData;
    // One SCDL file per funder of the year, the programmation's CSV and XLSX before them.
    const scdl = files.filter((f) => f.schema);
    expect(files).toHaveLength(2 + 3);
    expect(scdl.map((f) => f.url)).toContain(`http://quartiers.test${url}`);
    expect(scdl.find((f) => f.url.endsWith(url))).toMatchObject({
      title: 'Subventions 2024 : Région (SCDL)',
      format: 'CSV',
      schema: {
        name: 'SCDL Subventions',
        version: '2.1.1',
        url: 'https://schema.data.gouv.fr/scdl/subventions/2.1.1/',
      },
      licence: { name: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
    });
  });
});
