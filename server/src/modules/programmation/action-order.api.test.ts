import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import type { ActionOrder, OrderedActionsQueryVariables } from '../../../test/__generated__/graphql.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';

let h: Harness;
let here: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  here = await seedTerritory(h, { actions: 7 });
  staff = await h.signedIn((await seedUser(h, { territory: here, role: 'STAFF' })).id);
  // Dossier numbers out of title order, one action without any, statuses of every kind.
  await h.dataSource.query(
    `UPDATE actions a SET reference = CASE WHEN n.rank = 4 THEN NULL ELSE 'D-' || (10 - n.rank) END,
       status = (ARRAY['SUBMITTED', 'FUNDED', 'REFUSED', 'ABANDONED'])[1 + n.rank % 4]
     FROM (SELECT id, row_number() OVER (ORDER BY title) AS rank FROM actions WHERE territory_id = $1) n
     WHERE a.territory_id = $1 AND a.id = n.id`,
    [here.id],
  );
});
afterAll(() => h.close());

const ORDERED = graphql(`
  query OrderedActions($code: String!, $orderBy: ActionOrder, $after: String) {
    territory(code: $code) {
      programmation(year: 2024) {
        actions(first: 3, after: $after, orderBy: $orderBy) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              title
              reference
              status
            }
          }
        }
      }
    }
  }
`);

/** Every action, page after page of 3, in the order asked for. */
async function walk(orderBy: ActionOrder | null) {
  const nodes: { title: string; reference?: string | null; status: string }[] = [];
  let after: string | null = null;
  do {
    const variables: OrderedActionsQueryVariables = { code: here.code, orderBy, after };
    const { data, errors } = await staff.execute(ORDERED, variables);
    expect(errors).toBeUndefined();
    const connection = data!.territory!.programmation!.actions;
    nodes.push(...connection.edges.map((e) => e.node));
    after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  } while (after);
  return nodes;
}

const french = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('a programmation’s actions in the order staff ask for', () => {
  it('orders by title unless told otherwise, then by dossier number and status, each way, across pages', async () => {
    const byTitle = await walk(null);
    expect(byTitle).toHaveLength(7);
    expect(byTitle.map((a) => a.title)).toEqual(byTitle.map((a) => a.title).sort(french));

    const byReference = await walk({ field: 'REFERENCE', descending: true });
    const references = byReference.map((a) => a.reference ?? '');
    expect(references).toEqual([...references].sort(french).reverse());
    expect(references.at(-1)).toBe('');

    const byStatus = (await walk({ field: 'STATUS' })).map((a) => a.status);
    expect(byStatus).toEqual([...byStatus].sort(french));
    expect(new Set(byStatus).size).toBe(4);
  });

  it('sends the same statements whatever the order', async () => {
    const names = (orderBy: ActionOrder | null) =>
      h.sqlNames(() => staff.execute(ORDERED, { code: here.code, orderBy, after: null }));
    const [title, reference] = [await names(null), await names({ field: 'REFERENCE', descending: true })];
    expect(reference).toEqual(title);
  });
});
