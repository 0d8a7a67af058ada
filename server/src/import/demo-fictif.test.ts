import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { graphql } from '../../test/__generated__/index.js';
import { DEMO_FILES, importTerritoryFile } from './index.js';

let h: Harness;
const file = path.resolve(import.meta.dirname, '../../data/demo-fictif.json');
beforeAll(async () => {
  h = await createHarness();
  await importTerritoryFile(h.dataSource, file);
});
afterAll(() => h.close());

/** Figures of one DEMO programmation as printed, each next to the sum of the action funding lines. */
async function figures(year: number) {
  const params = ['DEMO', year];
  const scope = `FROM programmations p JOIN territories t ON t.id = p.territory_id
    JOIN actions a ON a.territory_id = p.territory_id AND a.programmation_id = p.id
    JOIN fundings f ON f.territory_id = a.territory_id AND f.action_id = a.id
    WHERE t.code = $1 AND p.year = $2`;
  const [totals] = (await h.dataSource.query(
    `SELECT p.total_cost::float AS printed_total, p.specific_credits_total::float AS printed_specific,
            sum(f.amount)::float AS funded, count(DISTINCT a.id)::int AS actions, p.actions_funded
     ${scope} GROUP BY p.id`,
    params,
  )) as {
    printed_total: number;
    printed_specific: number;
    funded: number;
    actions: number;
    actions_funded: number;
  }[];
  // Each line of the table by funder, next to what the actions receive from that funder.
  const byFunder = (await h.dataSource.query(
    `SELECT fu.name, ft.amount::float AS printed,
            (SELECT sum(f.amount)::float ${scope} AND f.funder_id = ft.funder_id) AS funded
     FROM funder_totals ft JOIN funders fu ON fu.id = ft.funder_id
     JOIN programmations p ON p.id = ft.programmation_id JOIN territories t ON t.id = p.territory_id
     WHERE t.code = $1 AND p.year = $2 ORDER BY ft.position`,
    params,
  )) as { name: string; printed: number; funded: number }[];
  // Each axe and ambition line, next to the actions attached to it or to one of its objectifs.
  const byItem = (await h.dataSource.query(
    `SELECT pt.code, pt.amount::float AS printed,
            (SELECT coalesce(sum(f.amount), 0)::float ${scope}
               AND a.framework_item_id IN (SELECT fi.id FROM framework_items fi
                 LEFT JOIN framework_items up ON up.id = fi.parent_id
                 WHERE fi.id = pt.framework_item_id OR fi.parent_id = pt.framework_item_id
                    OR up.parent_id = pt.framework_item_id)) AS funded
     FROM programmation_totals pt JOIN programmations p ON p.id = pt.programmation_id
     JOIN territories t ON t.id = p.territory_id
     WHERE t.code = $1 AND p.year = $2 AND pt.framework_item_id IS NOT NULL ORDER BY pt.position`,
    params,
  )) as { code: string; printed: number; funded: number }[];
  return { totals: totals!, byFunder, byItem };
}

describe('the fictional DEMO territory', () => {
  it('is part of the demo import, and says it is fictional in its name', async () => {
    expect(DEMO_FILES).toContainEqual({ file: 'demo-fictif.json', mode: 'replace' });
    const [t] = await h.dataSource.query(
      `SELECT t.name, (SELECT count(*)::int FROM communes c WHERE c.territory_id = t.id) AS communes,
              (SELECT count(*)::int FROM quartiers q WHERE q.territory_id = t.id) AS quartiers,
              (SELECT count(*)::int FROM citizen_councils cc WHERE cc.territory_id = t.id) AS councils,
              (SELECT count(*)::int FROM framework_items fi WHERE fi.territory_id = t.id AND fi.depth = 2) AS objectifs
       FROM territories t WHERE t.code = 'DEMO'`,
    );
    expect(t).toEqual({
      name: 'Agglomération de Val-Fictif (territoire fictif de démonstration)',
      communes: 5,
      quartiers: 6,
      councils: 4,
      objectifs: 16,
    });
    expect(await importTerritoryFile(h.dataSource, file)).toMatchObject({ inserted: 0, updated: 0 });
  });

  it.each([2024, 2025])(
    'programmation %i: every action has an operator, a framework item and 1 to 4 funding lines',
    async (year) => {
      const rows = (await h.dataSource.query(
        `SELECT a.title, a.operator_id IS NOT NULL AS has_operator, a.framework_item_id IS NOT NULL AS has_item,
              (SELECT count(*)::int FROM fundings f WHERE f.territory_id = a.territory_id AND f.action_id = a.id) AS lines,
              (SELECT count(*)::int FROM action_communes ac WHERE ac.territory_id = a.territory_id AND ac.action_id = a.id) AS communes
       FROM actions a JOIN territories t ON t.id = a.territory_id WHERE t.code = 'DEMO' AND a.year = $1`,
        [year],
      )) as { title: string; has_operator: boolean; has_item: boolean; lines: number; communes: number }[];
      expect(rows.length).toBeGreaterThanOrEqual(25);
      expect(rows.length).toBeLessThanOrEqual(40);
      for (const r of rows) {
        expect(r, r.title).toMatchObject({ has_operator: true, has_item: true });
        expect(r.lines, r.title).toBeGreaterThanOrEqual(1);
        expect(r.lines, r.title).toBeLessThanOrEqual(4);
        expect(r.communes, r.title).toBeGreaterThanOrEqual(1);
      }
    },
  );

  it('prints totals that are the sums of the funding lines, but for one deliberate gap in 2025', async () => {
    for (const year of [2024, 2025]) {
      const { totals, byFunder, byItem } = await figures(year);
      expect(totals.printed_total, `coût total ${year}`).toBe(totals.funded);
      expect(totals.actions_funded).toBe(totals.actions);
      expect(byFunder.length).toBeGreaterThan(0);
      for (const line of byFunder) expect(line.printed, `${line.name} ${year}`).toBe(line.funded);
      expect(byItem.length).toBe(11);
      for (const line of byItem) expect(line.printed, `${line.code} ${year}`).toBe(line.funded);
      const funders = byFunder.reduce((sum, l) => sum + l.printed, 0);
      expect(totals.printed_specific - funders, `crédits spécifiques ${year}`).toBe(year === 2025 ? 1500 : 0);
    }
  });

  it('shows that gap, and only it, where the portal reads the figures', async () => {
    const { data, errors } = await h.execute(
      graphql(`
        query DemoFictifGaps {
          territory(code: "DEMO") {
            programmations(first: 10) {
              edges {
                node {
                  year
                  totalCost {
                    gap
                  }
                  specificCredits {
                    gap
                  }
                  totalsByFrameworkItem {
                    amount {
                      gap
                    }
                    children {
                      amount {
                        gap
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    expect(errors).toBeUndefined();
    const gaps = data!
      .territory!.programmations.edges.map(({ node }) => ({
        year: node.year,
        totalCost: node.totalCost.gap,
        specificCredits: node.specificCredits.gap,
        lines: node.totalsByFrameworkItem.flatMap((t) => [t.amount.gap, ...t.children.map((c) => c.amount.gap)]),
      }))
      .sort((a, b) => a.year! - b.year!);
    // An axe is checked against its ambitions; an ambition has no lines below it (null).
    const lines = ['0.00', null, null, null, '0.00', null, null, null, '0.00', null, null];
    expect(gaps).toEqual([
      { year: 2024, totalCost: '0.00', specificCredits: '0.00', lines },
      { year: 2025, totalCost: '0.00', specificCredits: '1500.00', lines },
    ]);
  });
});
