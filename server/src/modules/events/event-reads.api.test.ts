import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedEventRow } from '../../../test/seed-events.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const LIST = graphql(`
  query EvS1ReadsList($c: String!, $first: Int, $after: String, $f: EventFilter) {
    territory(code: $c) {
      events(first: $first, after: $after, filter: $f) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            kind
            status
            capacity
            confirmedCount
            waitingCount
            placesLeft
            checkedInCount
            participantCount
            minutesHtml
            themes {
              id
            }
            outcomes {
              text
            }
            commune {
              name
            }
            quartier {
              name
            }
            icsUrl
          }
        }
      }
    }
  }
`);
const QUARTIERS = graphql(`
  query EvS1ReadsQuartiers($c: String!, $n: Int) {
    territory(code: $c) {
      quartiers {
        edges {
          node {
            id
            nextEvents(first: $n) {
              id
              status
            }
          }
        }
      }
    }
  }
`);

const setRow = (id: string, sql: string, params: unknown[] = []) =>
  h.dataSource.query(`UPDATE participation_events SET ${sql} WHERE id = $1`, [id, ...params]);
const titled = async (ids: string[]) => {
  for (const [i, id] of ids.entries()) await setRow(id, 'title = $2', [`Événement ${i}`]);
};

describe('lists of events', () => {
  it('lists upcoming events soonest first and past ones latest first, by cursor pages', async () => {
    const { territory } = await seed(h).territory();
    const upcoming = [
      await seedEventRow(h, territory.id, { hoursFromNow: 50 }),
      await seedEventRow(h, territory.id, { hoursFromNow: 10 }),
    ];
    const running = await seedEventRow(h, territory.id, { hoursFromNow: -1 });
    const past = [
      await seedEventRow(h, territory.id, { hoursFromNow: -100 }),
      await seedEventRow(h, territory.id, { hoursFromNow: -10 }),
    ];
    await titled([...upcoming, running, ...past]);
    const ids = async (f: object, first = 10, after?: string) => {
      const r = await h.execute(LIST, { c: territory.code, first, after, f });
      expect(r.errors).toBeUndefined();
      return r.data!.territory!.events;
    };
    expect((await ids({})).edges.map((e) => e.node.id)).toEqual([running, upcoming[1], upcoming[0]]);
    const first = await ids({ time: 'PAST' }, 1);
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.edges.map((e) => e.node.id)).toEqual([past[1]]);
    const second = await ids({ time: 'PAST' }, 1, first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.id)).toEqual([past[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const window = await ids({
      from: new Date(Date.now() - 20 * 3_600_000).toISOString(),
      to: new Date(Date.now() + 20 * 3_600_000).toISOString(),
    });
    expect(window.edges.map((e) => e.node.id)).toEqual([past[1], running, upcoming[1]]);
    const bad = await h.execute(LIST, {
      c: territory.code,
      f: { from: new Date().toISOString(), to: new Date(Date.now() - 1).toISOString() },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.to': expect.any(String) },
    });
  });

  it('filters by kind, commune and quartier', async () => {
    const { territory } = await seed(h).territory();
    const [a, b, c] = [
      await seedEventRow(h, territory.id),
      await seedEventRow(h, territory.id),
      await seedEventRow(h, territory.id),
    ];
    await setRow(a!, `kind = 'PARTICIPATORY_WORKSHOP', commune_id = $2`, [territory.communeId]);
    await setRow(b!, 'quartier_id = $2', [territory.quartierId]);
    const only = async (f: object) =>
      (await h.execute(LIST, { c: territory.code, f })).data!.territory!.events.edges.map((e) => e.node.id);
    expect(await only({ kind: 'PARTICIPATORY_WORKSHOP' })).toEqual([a]);
    expect(await only({ communeId: territory.communeId })).toEqual([a]);
    expect(await only({ quartierId: territory.quartierId })).toEqual([b]);
    expect((await only({ kind: 'LABO' })).sort()).toEqual([b, c].sort());
  });

  it('counts registrations in one statement per page, however many events it holds', async () => {
    const counted = async (events: number) => {
      const { territory } = await seed(h).territory();
      for (let i = 0; i < events; i++) {
        const id = await seedEventRow(h, territory.id, { hoursFromNow: 10 + i, capacity: 3 });
        await h.dataSource.query(
          `INSERT INTO event_registrations (territory_id, event_id, name, status, created_at)
           SELECT $1, $2, 'P' || n, CASE WHEN n <= 3 THEN 'CONFIRMED' ELSE 'WAITING' END, now() FROM generate_series(1, 5) n`,
          [territory.id, id],
        );
        await setRow(id, `commune_id = $2, quartier_id = $3, minutes = '**Compte rendu**'`, [
          territory.communeId,
          territory.quartierId,
        ]);
      }
      let nodes: { confirmedCount: number; waitingCount: number; placesLeft: number | null; checkedInCount: number }[] =
        [];
      const statements = await h.countSql(async () => {
        const r = await h.execute(LIST, { c: territory.code, first: 50 });
        expect(r.errors).toBeUndefined();
        nodes = r.data!.territory!.events.edges.map((e) => e.node);
      });
      return { statements, nodes };
    };
    const [small, large] = [await counted(2), await counted(12)];
    expect(large.statements).toBe(small.statements);
    expect(large.nodes).toHaveLength(12);
    expect(large.nodes[0]).toMatchObject({ confirmedCount: 3, waitingCount: 2, placesLeft: 0, checkedInCount: 0 });
  });

  it('shows each quartier its next events, cancelled ones left out, at most 10', async () => {
    const { territory } = await seed(h).territory();
    const [soon, later, cancelled, elsewhere] = [
      await seedEventRow(h, territory.id, { hoursFromNow: 5 }),
      await seedEventRow(h, territory.id, { hoursFromNow: 30 }),
      await seedEventRow(h, territory.id, { hoursFromNow: 3 }),
      await seedEventRow(h, territory.id, { hoursFromNow: 4 }),
    ];
    for (const id of [soon, later, cancelled]) await setRow(id!, 'quartier_id = $2', [territory.quartierId]);
    await setRow(cancelled!, `status = 'CANCELLED'`);
    const r = await h.execute(QUARTIERS, { c: territory.code, n: 5 });
    const quartiers = r.data!.territory!.quartiers.edges.map((e) => e.node);
    expect(quartiers.find((q) => q.id === territory.quartierId)!.nextEvents.map((e) => e.id)).toEqual([soon, later]);
    expect(quartiers.flatMap((q) => q.nextEvents.map((e) => e.id))).not.toContain(elsewhere);
    const tooMany = await h.execute(QUARTIERS, { c: territory.code, n: 11 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
  });
});
