import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import type { ActionFilter } from '../../../test/__generated__/graphql.js';
import { graphql } from '../../../test/__generated__/index.js';
import { buildTerritoryFile } from '../../../test/factories.js';
import { importTerritory } from '../../import/index.js';
import { sumAmounts } from '../../shared/money.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/**
 * The same entities asked for at two depths (funders of totals and of fundings, communes of
 * operators and of actions): one loader may then batch once or twice depending on when each
 * depth's rows arrive, but never once per item.
 */
const RICH_PAGE = graphql(`
  query RichProgrammationPage($code: String!, $year: Int!, $first: Int) {
    territory(code: $code) {
      programmation(year: $year) {
        totalCost {
          printed
          computed
          gap
        }
        specificCredits {
          printed
          computed
          gap
        }
        totalsByFrameworkItem {
          code
          amount {
            printed
            computed
            gap
          }
          frameworkItem {
            code
          }
        }
        totalsByFunder {
          amount
          funder {
            name
          }
        }
        actions(first: $first) {
          edges {
            node {
              operator {
                name
                commune {
                  name
                }
              }
              communes {
                name
              }
              frameworkItem {
                code
                parent {
                  code
                }
              }
              fundings {
                amount
                funder {
                  name
                }
              }
              totalAmount
            }
          }
        }
      }
    }
  }
`);

async function seed(actions: number) {
  const file = buildTerritoryFile({ actions });
  await importTerritory(h.dataSource, file);
  return file.territory.code;
}

describe('programmation page', () => {
  it('keeps a fixed bound when the same entities are asked for at several depths', async () => {
    const [small, large] = await Promise.all([seed(10), seed(100)]);
    for (const code of [small, large]) {
      let errors: unknown;
      const count = await h.countSql(
        async () => ({ errors } = await h.execute(RICH_PAGE, { code, year: 2024, first: 100 })),
      );
      expect(errors).toBeUndefined();
      expect(count).toBeLessThanOrEqual(8 + 3);
    }
  });

  it('reads the lines of a total only when the sum or the gap is asked for', async () => {
    const code = await seed(3);
    const printed = graphql(`
      query ProgrammationPrintedTotal($code: String!) {
        territory(code: $code) {
          programmation(year: 2024) {
            totalCost {
              printed
            }
          }
        }
      }
    `);
    const checked = graphql(`
      query ProgrammationCheckedTotal($code: String!) {
        territory(code: $code) {
          programmation(year: 2024) {
            totalCost {
              printed
              computed
              gap
            }
          }
        }
      }
    `);
    const statements = async (query: typeof printed | typeof checked) => {
      let errors: unknown;
      const names = await h.sqlNames(async () => ({ errors } = await h.execute(query, { code })));
      expect(errors).toBeUndefined();
      return names.filter((n) => n.startsWith('programmation.'));
    };
    expect(await statements(printed)).toEqual(['programmation.byYear']);
    expect(await statements(checked)).toEqual(['programmation.byYear', 'programmation.totalsByProgrammationIds']);
  });

  it('exposes printed totals next to the sum of their lines, gaps included', async () => {
    const code = await seed(3);
    const { data } = await h.execute(RICH_PAGE, { code, year: 2024 });
    const p = data!.territory!.programmation!;
    expect(p.totalCost).toEqual({ printed: '1000.00', computed: '1000.00', gap: '0.00' });
    expect(p.specificCredits).toEqual({ printed: '600.00', computed: '550.00', gap: '50.00' });
    expect(p.totalsByFrameworkItem[0]!.amount).toEqual({ printed: '700.00', computed: '650.00', gap: '50.00' });
    expect(p.totalsByFrameworkItem[0]!.frameworkItem).toEqual({ code: 'AXE1' });
    expect(p.totalsByFrameworkItem[1]!.amount).toEqual({ printed: '300.00', computed: null, gap: null });
    const first = p.actions.edges[0]!.node;
    expect(first.totalAmount).toBe(sumAmounts(first.fundings.map((f) => f.amount)));
    expect(first.frameworkItem!.parent).toEqual({ code: 'AXE1' });
  });
});

describe('action list', () => {
  const LIST = graphql(`
    query Actions($code: String!, $filter: ActionFilter, $first: Int, $after: String) {
      territory(code: $code) {
        actions(first: $first, after: $after, filter: $filter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              title
              communes {
                name
              }
            }
          }
        }
      }
    }
  `);

  it('walks every page with cursors, without gaps or repeats', async () => {
    const code = await seed(25);
    /** The titles of this page and of the next ones, five pages at most. */
    const walk = async (after: string | null, pages = 1): Promise<string[]> => {
      const { actions } = (await h.execute(LIST, { code, first: 10, after })).data!.territory!;
      const titles = actions.edges.map((e) => e.node.title);
      if (!actions.pageInfo.hasNextPage || pages === 5) return titles;
      return [...titles, ...(await walk(actions.pageInfo.endCursor ?? null, pages + 1))];
    };
    const titles = await walk(null);
    expect(titles).toHaveLength(25);
    expect(new Set(titles).size).toBe(25);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(titles);
  });

  it('filters by commune, quartier, framework item (with descendants), funder and French text', async () => {
    const code = await seed(12);
    const ids = await h.execute(
      graphql(`
        query ActionFilterIds($code: String!) {
          territory(code: $code) {
            communes(first: 10) {
              edges {
                node {
                  id
                  name
                }
              }
            }
            quartiers(first: 10) {
              edges {
                node {
                  id
                  name
                }
              }
            }
            contracts(first: 1) {
              edges {
                node {
                  frameworkItem(code: "AXE1") {
                    id
                  }
                }
              }
            }
            funders(first: 10) {
              edges {
                node {
                  id
                  name
                }
              }
            }
          }
        }
      `),
      { code },
    );
    const t = ids.data!.territory!;
    const idOf = (list: { edges: { node: { id: string; name: string } }[] }, name: string) =>
      list.edges.find((e) => e.node.name === name)!.node.id;
    const count = async (filter: ActionFilter) =>
      (await h.execute(LIST, { code, filter, first: 100 })).data!.territory!.actions.totalCount;

    // Béthune is the commune of actions 1, 4, 7, 10, and the second commune of action 0.
    expect(await count({ communeId: idOf(t.communes, 'Béthune') })).toBe(4 + 1);
    // Mont-Liébaut has no direct link: its actions are those of Béthune.
    expect(await count({ quartierId: idOf(t.quartiers, 'Mont-Liébaut') })).toBe(5);
    expect(await count({ frameworkItemId: t.contracts.edges[0]!.node.frameworkItem!.id })).toBe(12);
    expect(await count({ search: 'sante jeune' })).toBe(6);
    expect(await count({ search: 'devoir' })).toBe(6);
    expect(await count({ funderId: idOf(t.funders, 'Région') })).toBe(8);
  });

  it('refuses bad paging and ids with a clear error and no internal error', async () => {
    const code = await seed(1);
    const tooMany = await h.execute(LIST, { code, first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await h.execute(LIST, { code, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await h.execute(LIST, { code, filter: { communeId: '42' } });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0]?.message).toMatch(/identifiant invalide/i);
  });

  it('never shows a row of another territory', async () => {
    const [a, b] = await Promise.all([seed(1), seed(1)]);
    const { data } = await h.execute(
      graphql(`
        query FirstActionId($code: String!) {
          territory(code: $code) {
            actions(first: 1) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `),
      { code: a },
    );
    const actionOfA = data!.territory!.actions.edges[0]!.node.id;
    const fromB = await h.execute(
      graphql(`
        query ActionById($code: String!, $id: ID!) {
          territory(code: $code) {
            action(id: $id) {
              id
            }
          }
        }
      `),
      { code: b, id: actionOfA },
    );
    expect(fromB.data!.territory!.action).toBeNull();
  });
});
