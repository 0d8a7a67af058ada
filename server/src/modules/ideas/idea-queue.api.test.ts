import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedIdea } from '../../../test/seed-idea-rows.js';
import { graphql } from '../../../test/__generated__/index.js';
import { routesApp } from '../../../test/http-routes.js';

let h: Harness;
let app: Awaited<ReturnType<typeof routesApp>>;
beforeAll(async () => {
  h = await createHarness();
  app = await routesApp(h);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const QUEUE = graphql(`
  query IdeaStaffQueue($c: String!, $first: Int, $after: String, $f: IdeaQueueFilter) {
    territory(code: $c) {
      ideaQueue(first: $first, after: $after, filter: $f) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            title
            publication
          }
        }
      }
    }
  }
`);
const FIGURES = graphql(`
  query IdeaStaffFigures($c: String!) {
    territory(code: $c) {
      ideaFigures {
        total
        answeredCount
        medianDaysToFirstAnswer
        byStatus {
          key
          label
          count
        }
        byQuartier {
          key
          label
          count
        }
        byTheme {
          label
          count
        }
        byMonth {
          month
          submitted
          answered
          retained
          notRetained
          carriedOut
        }
      }
    }
  }
`);

const sql = <T>(text: string, params: unknown[] = []) => h.dataSource.query(text, params) as Promise<T[]>;
const day = (iso: string) => new Date(iso);

/** Five counted ideas over two months (Paris time), one unconfirmed and one merged left out. */
async function world() {
  const people = await seed(h).territory().resident().staff();
  const { territory, resident } = people;
  const [theme] = await sql<{ id: string; title: string }>(
    `SELECT id, title FROM framework_items WHERE territory_id = $1 AND code = 'AMB1'`,
    [territory.id],
  );
  const idea = (title: string, createdAt: string, o: Partial<Parameters<typeof seedIdea>[2]> = {}) =>
    seedIdea(h, territory, { authorId: resident.user.id, title, createdAt: day(createdAt), ...o });
  const ideas = {
    a: await idea('A', '2025-01-10T10:00:00Z', { status: 'RETAINED', themeId: theme!.id }),
    b: await idea('B', '2025-01-20T10:00:00Z', { status: 'NOT_RETAINED', quartierId: null }),
    // 23:30 UTC on 28 February is already March in Paris.
    c: await idea('C', '2025-02-28T23:30:00Z', { publication: 'PENDING' }),
    d: await idea('D', '2025-03-05T10:00:00Z', { publication: 'REJECTED' }),
    e: await idea('=HYPERLINK("http://x")', '2025-03-06T10:00:00Z', { status: 'CARRIED_OUT' }),
    unconfirmed: await idea('U', '2025-03-07T10:00:00Z', { publication: 'UNCONFIRMED' }),
    merged: await idea('M', '2025-03-08T10:00:00Z'),
  };
  await sql('UPDATE ideas SET merged_into_id = $2 WHERE id = $1', [ideas.merged.id, ideas.a.id]);
  // First answers 2, 6 and 10 days after publication: a median of 6.
  for (const [key, days] of [
    ['a', 2],
    ['b', 6],
    ['e', 10],
  ] as const)
    await sql(`UPDATE ideas SET first_answered_at = published_at + $2 * interval '1 day' WHERE id = $1`, [
      ideas[key].id,
      days,
    ]);
  return { ...people, theme: theme!, ideas };
}

describe('the staff queue and figures', () => {
  it('lists every idea but merged ones, newest first, paged and filtered; residents are refused', async () => {
    const { territory, staff, resident } = await world();
    const page1 = (await staff.client.execute(QUEUE, { c: territory.code, first: 4 })).data!.territory!.ideaQueue;
    expect(page1.totalCount).toBe(6);
    expect(page1.edges.map((e) => e.node.title)).toEqual(['U', '=HYPERLINK("http://x")', 'D', 'C']);
    const page2 = (await staff.client.execute(QUEUE, { c: territory.code, first: 4, after: page1.pageInfo.endCursor }))
      .data!.territory!.ideaQueue;
    expect(page2.edges.map((e) => e.node.title)).toEqual(['B', 'A']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const pending = await staff.client.execute(QUEUE, { c: territory.code, f: { publication: 'PENDING' } });
    expect(pending.data!.territory!.ideaQueue.edges.map((e) => e.node.title)).toEqual(['C']);
    const retained = await staff.client.execute(QUEUE, { c: territory.code, f: { status: 'RETAINED' } });
    expect(retained.data!.territory!.ideaQueue.edges.map((e) => e.node.title)).toEqual(['A']);

    const refused = await resident.client.execute(QUEUE, { c: territory.code });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('counts by status, quartier, theme and Paris month, with the median days to a first answer', async () => {
    const { territory, staff, theme } = await world();
    const result = await staff.client.execute(FIGURES, { c: territory.code });
    expect(result.errors).toBeUndefined();
    const f = result.data!.territory!.ideaFigures;
    expect(f).toMatchObject({ total: 5, answeredCount: 3, medianDaysToFirstAnswer: 6 });
    expect(f.byStatus).toEqual([
      { key: 'NEW', label: 'sans réponse', count: 2 },
      { key: 'UNDER_STUDY', label: 'à l’étude', count: 0 },
      { key: 'RETAINED', label: 'retenue', count: 1 },
      { key: 'NOT_RETAINED', label: 'non retenue', count: 1 },
      { key: 'CARRIED_OUT', label: 'réalisée', count: 1 },
    ]);
    expect(f.byQuartier).toEqual([
      { key: territory.quartierId, label: expect.any(String), count: 4 },
      { key: '', label: 'Tout le territoire', count: 1 },
    ]);
    expect(f.byQuartier[0]!.label).not.toBe('');
    expect(f.byTheme).toEqual([
      { label: 'Sans thème', count: 4 },
      { label: theme.title, count: 1 },
    ]);
    expect(f.byMonth).toEqual([
      { month: '2025-01', submitted: 2, answered: 2, retained: 1, notRetained: 1, carriedOut: 0 },
      { month: '2025-03', submitted: 3, answered: 1, retained: 0, notRetained: 0, carriedOut: 1 },
    ]);
  });
});

describe('the exports', () => {
  it('gives staff a CSV and an XLSX that read back, formulas neutralised, authors pseudonymous; residents get 403', async () => {
    const { territory, staff, resident } = await world();
    const get = (format: string, cookie: string) =>
      app.inject({
        method: 'GET',
        url: `/api/ideas/export?territory=${territory.code}&format=${format}`,
        headers: { cookie },
      });

    const csv = await get('csv', staff.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.body;
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Titre,Texte,Quartier,Thème,Statut,Réponse,Publication,Soutiens,Commentaires,Canal,Auteur,Créée le,Répondue le,Actions liées',
    );
    expect(lines).toHaveLength(7);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(resident.user.displayName!);
    expect(text).not.toContain(resident.user.email!);

    const xlsx = await get('xlsx', staff.cookie);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Idées')!;
    expect(sheet.rowCount).toBe(7);
    const titles = sheet.getColumn(1).values.slice(2);
    expect(titles).toContain(`'=HYPERLINK("http://x")`);
    const a = sheet.getRows(2, 6)!.find((r) => r.getCell(1).value === 'A')!;
    expect(a.getCell(5).value).toBe('retenue');
    expect(a.getCell(12).value).toBe('2025-01-10');

    const denied = await get('csv', resident.cookie);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({ error: 'L’export des idées est réservé à l’équipe du contrat de ville.' });
    expect((await get('pdf', staff.cookie)).statusCode).toBe(400);
  });
});
