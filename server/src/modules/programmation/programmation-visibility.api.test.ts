import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Client, type Harness } from '../../../test/harness.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedTerritory, seedUser, type SeededTerritory } from '../../../test/seed.js';

let h: Harness;
let here: SeededTerritory;
let staff: Client;
beforeAll(async () => {
  h = await createHarness();
  here = await seedTerritory(h, { actions: 5 });
  staff = await h.signedIn((await seedUser(h, { territory: here, role: 'STAFF' })).id);
});
afterAll(() => h.close());

const YEARS = graphql(`
  query VisibleProgrammations($code: String!, $year: Int!) {
    territory(code: $code) {
      programmations(first: 10) {
        edges {
          node {
            year
            status
          }
        }
      }
      programmation(year: $year) {
        status
        recordedActionCount
      }
      actions(first: 100) {
        totalCount
        edges {
          node {
            id
            status
            totalAmount
          }
        }
      }
    }
  }
`);

const ACTION = graphql(`
  query OneAction($code: String!, $id: ID!) {
    territory(code: $code) {
      action(id: $id) {
        title
      }
    }
  }
`);

const year = async () =>
  (
    (await h.dataSource.query(`SELECT year FROM programmations WHERE territory_id = $1 AND year IS NOT NULL LIMIT 1`, [
      here.id,
    ])) as { year: number }[]
  )[0]!.year;

describe('what the public sees of the programmation', () => {
  it('shows drafts and unfunded actions to staff only', async () => {
    const y = await year();
    const [submitted] = (await h.dataSource.query(
      `UPDATE actions SET status = 'SUBMITTED' WHERE id = (SELECT id FROM actions WHERE territory_id = $1 LIMIT 1)
       RETURNING id`,
      [here.id],
    )) as [{ id: string }[]];
    const before = await h.execute(YEARS, { code: here.code, year: y });
    const publicCount = before.data!.territory!.actions.totalCount;
    expect(before.data!.territory!.actions.edges.map((e) => e.node.id)).not.toContain(submitted![0]!.id);
    expect((await h.execute(ACTION, { code: here.code, id: submitted![0]!.id })).data!.territory!.action).toBeNull();
    const asStaff = await staff.execute(YEARS, { code: here.code, year: y });
    expect(asStaff.data!.territory!.actions.totalCount).toBe(publicCount + 1);

    await h.dataSource.query(`UPDATE programmations SET status = 'DRAFT' WHERE territory_id = $1 AND year = $2`, [
      here.id,
      y,
    ]);
    const draft = await h.execute(YEARS, { code: here.code, year: y });
    expect(draft.data!.territory!.programmation).toBeNull();
    expect(draft.data!.territory!.programmations.edges.map((e) => e.node.year)).not.toContain(y);
    expect(draft.data!.territory!.actions.edges.length).toBeLessThan(publicCount);
    const staffDraft = await staff.execute(YEARS, { code: here.code, year: y });
    expect(staffDraft.data!.territory!.programmation).toMatchObject({ status: 'DRAFT' });
    await h.dataSource.query(`UPDATE programmations SET status = 'PUBLISHED' WHERE territory_id = $1`, [here.id]);
    await h.dataSource.query(`UPDATE actions SET status = 'FUNDED' WHERE territory_id = $1`, [here.id]);
  });

  it('adds an action’s fundings exactly: 0.10 + 0.20 + 0.05 = 0.35', async () => {
    const [action] = (await h.dataSource.query(`SELECT id FROM actions WHERE territory_id = $1 LIMIT 1`, [
      here.id,
    ])) as { id: string }[];
    await h.dataSource.query(`DELETE FROM fundings WHERE territory_id = $1 AND action_id = $2`, [here.id, action!.id]);
    await h.dataSource.query(
      `INSERT INTO fundings (territory_id, action_id, funder_id, amount)
       SELECT $1, $2, f.id, v.amount FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM funders
         WHERE territory_id = $1) f JOIN (VALUES (1, 0.10), (2, 0.20), (3, 0.05)) v(n, amount) ON v.n = f.n`,
      [here.id, action!.id],
    );
    const { data } = await h.execute(YEARS, { code: here.code, year: await year() });
    const node = data!.territory!.actions.edges.find((e) => e.node.id === action!.id)!.node;
    expect(node.totalAmount).toBe('0.35');
  });
});
