import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const TOTALS = graphql(`
  query ActionTotalsOfYear($code: String!, $year: Int!) {
    territory(code: $code) {
      programmation(year: $year) {
        actionTotals {
          total
          actionCount
          countedStatuses
          byFrameworkItem {
            frameworkItem {
              code
            }
            amount
            actionCount
          }
          byFunder {
            funder {
              name
            }
            amount
            actionCount
          }
          byCreditType {
            creditType
            amount
            actionCount
          }
        }
      }
    }
  }
`);

const ALL_TOTALS = graphql(`
  query ActionTotalsOfEveryYear($code: String!) {
    territory(code: $code) {
      programmations(first: 10) {
        edges {
          node {
            year
            actionTotals {
              total
              actionCount
              byFrameworkItem {
                frameworkItem {
                  code
                }
                amount
              }
              byFunder {
                funder {
                  name
                }
                amount
              }
            }
          }
        }
      }
    }
  }
`);

const sql = <T>(text: string, params: unknown[]) => h.dataSource.query(text, params) as Promise<T[]>;

/**
 * Three actions, their fundings rewritten to cents that floats get wrong (0.10 + 0.20): AMB1 and
 * AMB2 are ambitions of AXE1, so they fold into it; the third action has AMB3 (AXE2).
 */
async function centsTerritory() {
  const t = await seedTerritory(h, { actions: 3 });
  const actions = await sql<{ id: string }>(`SELECT id FROM actions WHERE territory_id = $1 ORDER BY title, id`, [
    t.id,
  ]);
  const items = await sql<{ id: string; code: string }>(
    `SELECT id, code FROM framework_items WHERE territory_id = $1`,
    [t.id],
  );
  const item = (code: string) => items.find((i) => i.code === code)!.id;
  await sql(`UPDATE actions SET framework_item_id = $2 WHERE id = $1`, [actions[0]!.id, item('AMB1')]);
  await sql(`UPDATE actions SET framework_item_id = $2 WHERE id = $1`, [actions[1]!.id, item('AMB2')]);
  await sql(`UPDATE actions SET framework_item_id = $2 WHERE id = $1`, [actions[2]!.id, item('AMB3')]);
  await sql(`DELETE FROM fundings WHERE territory_id = $1`, [t.id]);
  // Each action: 0.10 from the first funder (by name), 0.20 from the second, specific credits.
  await sql(
    `INSERT INTO fundings (territory_id, action_id, funder_id, amount, credit_type)
     SELECT $1, a.id, f.id, v.amount, 'SPECIFIC' FROM actions a
     CROSS JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM funders WHERE territory_id = $1) f
     JOIN (VALUES (1, 0.10), (2, 0.20)) v(n, amount) ON v.n = f.n
     WHERE a.territory_id = $1`,
    [t.id],
  );
  return { t, actions };
}

describe('totals computed from the actions', () => {
  let t: SeededTerritory;
  let actions: { id: string }[];
  let staff: Client;
  beforeAll(async () => {
    ({ t, actions } = await centsTerritory());
    staff = await h.signedIn((await seedUser(h, { territory: t, role: 'STAFF' })).id);
  });

  it('adds cents exactly, by top-level axis, by funder and by credit type', async () => {
    const { data, errors } = await h.execute(TOTALS, { code: t.code, year: 2024 });
    expect(errors).toBeUndefined();
    expect(data!.territory!.programmation!.actionTotals).toEqual({
      total: '0.90',
      actionCount: 3,
      countedStatuses: ['FUNDED'],
      byFrameworkItem: [
        { frameworkItem: { code: 'AXE1' }, amount: '0.60', actionCount: 2 },
        { frameworkItem: { code: 'AXE2' }, amount: '0.30', actionCount: 1 },
      ],
      byFunder: [
        { funder: { name: 'Commune' }, amount: '0.60', actionCount: 3 },
        { funder: { name: 'ANCT « BOP 147 »' }, amount: '0.30', actionCount: 3 },
      ],
      byCreditType: [{ creditType: 'SPECIFIC', amount: '0.90', actionCount: 3 }],
    });
  });

  it('does not count submitted actions for the public, nor refused ones for staff', async () => {
    await sql(`UPDATE actions SET status = 'SUBMITTED' WHERE id = $1`, [actions[0]!.id]);
    await sql(`UPDATE actions SET status = 'REFUSED' WHERE id = $1`, [actions[1]!.id]);
    try {
      const open = await h.execute(TOTALS, { code: t.code, year: 2024 });
      expect(open.data!.territory!.programmation!.actionTotals).toMatchObject({ total: '0.30', actionCount: 1 });
      const asStaff = await staff.execute(TOTALS, { code: t.code, year: 2024 });
      expect(asStaff.data!.territory!.programmation!.actionTotals).toMatchObject({
        total: '0.60',
        actionCount: 2,
        countedStatuses: ['FUNDED', 'SUBMITTED'],
        byFrameworkItem: [
          { frameworkItem: { code: 'AXE1' }, amount: '0.30', actionCount: 1 },
          { frameworkItem: { code: 'AXE2' }, amount: '0.30', actionCount: 1 },
        ],
      });
    } finally {
      await sql(`UPDATE actions SET status = 'FUNDED' WHERE territory_id = $1`, [t.id]);
    }
  });

  it('counts an action without an axis or a funding apart, with 0 €', async () => {
    const [bare] = await sql<{ id: string }>(
      `INSERT INTO actions (territory_id, programmation_id, year, title)
       SELECT territory_id, id, year, 'Action sans financement' FROM programmations WHERE territory_id = $1
       RETURNING id`,
      [t.id],
    );
    try {
      const { data } = await h.execute(TOTALS, { code: t.code, year: 2024 });
      const totals = data!.territory!.programmation!.actionTotals;
      expect(totals).toMatchObject({ total: '0.90', actionCount: 4 });
      expect(totals.byFrameworkItem.at(-1)).toEqual({ frameworkItem: null, amount: '0.00', actionCount: 1 });
      expect(totals.byFunder.map((f) => f.actionCount)).toEqual([3, 3]);
    } finally {
      await sql(`DELETE FROM actions WHERE id = $1`, [bare!.id]);
    }
  });
});

describe('statements of the computed totals', () => {
  /** A territory with two programmations (2024 and 2023), `n` actions split between them. */
  async function twoYears(n: number) {
    const t = await seedTerritory(h, { actions: n });
    const [earlier] = await sql<{ id: string }>(
      `INSERT INTO programmations (territory_id, contract_id, year) SELECT territory_id, contract_id, 2023
       FROM programmations WHERE territory_id = $1 RETURNING id`,
      [t.id],
    );
    await sql(
      `UPDATE actions SET programmation_id = $2, year = 2023
       WHERE id IN (SELECT id FROM actions WHERE territory_id = $1 ORDER BY title LIMIT $3)`,
      [t.id, earlier!.id, Math.floor(n / 2)],
    );
    return t;
  }

  it('sends one statement for the totals of every programmation of a page, whatever their size', async () => {
    const [small, large] = await Promise.all([twoYears(4), twoYears(60)]);
    const counts: number[] = [];
    for (const t of [small, large]) {
      let errors: unknown;
      const names = await h.sqlNames(async () => ({ errors } = await h.execute(ALL_TOTALS, { code: t.code })));
      expect(errors).toBeUndefined();
      expect(names.filter((n) => n === 'programmation.publicActionTotals')).toHaveLength(1);
      counts.push(names.length);
    }
    expect(counts[0]).toBe(counts[1]);
    const { data } = await h.execute(ALL_TOTALS, { code: large.code });
    const years = data!.territory!.programmations.edges.map((e) => e.node);
    expect(years.map((y) => [y.year, y.actionTotals.actionCount])).toEqual([
      [2024, 30],
      [2023, 30],
    ]);
  });
});
