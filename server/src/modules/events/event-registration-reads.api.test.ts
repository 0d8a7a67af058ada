import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedUser } from '../../../test/seed.js';
import { insertEventRow } from '../../../test/seed-event-rows.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const REGISTER = graphql(`
  mutation EvS2ReadsRegister($i: RegisterForEventInput!) {
    registerForEvent(input: $i) {
      registration {
        id
      }
    }
  }
`);
const VIEWER = graphql(`
  query EvS2ReadsViewer($c: String!, $id: ID!) {
    territory(code: $c) {
      event(id: $id) {
        viewerCanRegister
        viewerRegistration {
          status
          waitingRank
        }
      }
    }
  }
`);
const REGISTRANTS = graphql(`
  query EvS2ReadsRegistrants($c: String!, $id: ID!, $filter: EventRegistrationFilter) {
    territory(code: $c) {
      event(id: $id) {
        registrations(first: 100, filter: $filter) {
          edges {
            node {
              name
              status
              waitingRank
              email
              checkedIn
              event {
                title
              }
            }
          }
        }
      }
    }
  }
`);

describe('reading registrations', () => {
  it('tells the viewer their registration and whether they may register', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { capacity: 0 });
    const read = async (client = resident.client) =>
      (await client.execute(VIEWER, { c: territory.code, id: eventId })).data!.territory!.event!;
    expect(await read()).toEqual({ viewerCanRegister: true, viewerRegistration: null });
    expect(await read(h.client())).toEqual({ viewerCanRegister: true, viewerRegistration: null });
    await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    expect(await read()).toEqual({
      viewerCanRegister: false,
      viewerRegistration: { status: 'WAITING', waitingRank: 1 },
    });
  });

  it('lists registrants for staff, live ones first by arrival, in a fixed number of statements', async () => {
    const { territory, staff } = await seed(h).territory().staff();
    const eventId = await insertEventRow(h, territory.id, { capacity: 2 });
    const register = async (n: number) => {
      for (let k = 0; k < n; k++) {
        const user = await seedUser(h, { territory, role: 'RESIDENT' });
        await (await h.signedIn(user.id)).execute(REGISTER, { i: { territoryId: territory.id, eventId } });
      }
    };
    const list = (filter = {}) => staff.client.execute(REGISTRANTS, { c: territory.code, id: eventId, filter });
    await register(3);
    await list(); // the territory's code is cached after its first read
    const few = await h.sqlNames(() => list());
    await register(9);
    const many = await h.sqlNames(() => list());
    expect(many).toEqual(few);
    expect(many).toEqual([
      'identity.sessionWithUser',
      'events.eventsByIds',
      'events.listRegistrations',
      'events.waitingRanks',
    ]);
    // The first registrant cancels: they move to the end, the first waiting person takes the place.
    await h.dataSource.query(
      `UPDATE event_registrations SET status = 'CANCELLED' WHERE id = (SELECT id FROM event_registrations WHERE event_id = $1 ORDER BY arrival LIMIT 1)`,
      [eventId],
    );
    const nodes = (await list()).data!.territory!.event!.registrations.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.status, n.waitingRank])).toEqual([
      ['CONFIRMED', null],
      ...Array.from({ length: 10 }, (_, k) => ['WAITING', k + 1]),
      ['CANCELLED', null],
    ]);
    expect(nodes[0]!.email).toMatch(/@exemple\.fr$/);
    const waiting = (await list({ status: 'WAITING' })).data!.territory!.event!.registrations.edges;
    expect(waiting).toHaveLength(10);
  });
});

const MINE = graphql(`
  query EvMMyRegistrations {
    me {
      eventRegistrations {
        status
        event {
          title
          territory {
            code
          }
        }
      }
    }
  }
`);

describe('the person’s own registrations (Me.eventRegistrations)', () => {
  it('lists live registrations to coming events of every territory, soonest first, in a fixed number of statements', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const { territory: other } = await seed(h).territory();
    const neighbour = await seedUser(h, { territory, role: 'RESIDENT' });
    const event = (territoryId: string, title: string, o: Parameters<typeof insertEventRow>[2] = {}) =>
      insertEventRow(h, territoryId, { title, ...o }).then((eventId) => ({ territoryId, eventId }));
    const later = await event(territory.id, 'Atelier de juin', { inDays: 20 });
    const sooner = await event(other.id, 'Labo de Liévin', { inDays: 5, capacity: 0 });
    const cancelledByMe = await event(territory.id, 'Rencontre quittée');
    const past = await event(territory.id, 'Rencontre passée', { inDays: 3 });
    const called = await event(territory.id, 'Rencontre annulée');
    const theirs = await event(territory.id, 'Rencontre du voisin');
    for (const i of [later, sooner, cancelledByMe, past, called]) await resident.client.execute(REGISTER, { i });
    await (await h.signedIn(neighbour.id)).execute(REGISTER, { i: theirs });
    await h.dataSource.query(`UPDATE event_registrations SET status = 'CANCELLED' WHERE event_id = $1`, [
      cancelledByMe.eventId,
    ]);
    await h.dataSource.query(
      `UPDATE participation_events SET starts_at = $2::timestamptz - interval '3 hours', ends_at = $2::timestamptz - interval '1 hour'
       WHERE id = $1`,
      [past.eventId, h.clock.now()],
    );
    await h.dataSource.query(`UPDATE participation_events SET status = 'CANCELLED' WHERE id = $1`, [called.eventId]);
    const read = async () => (await resident.client.execute(MINE, {})).data!.me!.eventRegistrations;
    expect(await read()).toEqual([
      { status: 'WAITING', event: { title: 'Labo de Liévin', territory: { code: other.code } } },
      { status: 'CONFIRMED', event: { title: 'Atelier de juin', territory: { code: territory.code } } },
    ]);
    // One statement for the list, then the events of each territory in one statement, then their territories.
    expect(await h.sqlNames(read)).toEqual([
      'identity.sessionWithUser',
      'events.upcomingRegistrationsOfUser',
      'events.eventsByIds',
      'events.eventsByIds',
      'territory.byIds',
    ]);
  });

  it('is out of reach signed out', async () => {
    const result = await h.client().execute(MINE, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toBeNull();
  });
});
