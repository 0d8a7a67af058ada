import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedDemoEvents } from './demo-events.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const EVENTS = graphql(`
  query EvS1DemoEvents($c: String!, $f: EventFilter) {
    territory(code: $c) {
      events(filter: $f) {
        edges {
          node {
            kind
            status
            capacity
            registrationOpen
            placesLeft
            waitingCount
            participantCount
            minutesHtml
            outcomes {
              kind
            }
          }
        }
      }
    }
  }
`);

describe('the demonstration’s events', () => {
  it('are written once, relative to the clock: upcoming meetings, a cancelled one, a held workshop with its outcomes', async () => {
    const { territory, staff, resident } = await seed(h).territory().staff().resident();
    const places = {
      staffId: staff.user.id,
      resident: { id: resident.user.id, name: 'Camille', email: resident.user.email! },
      communes: [{ id: territory.communeId }],
      councils: [{ quartierId: territory.quartierId }],
    };
    expect(await seedDemoEvents(h.dataSource, territory.id, places, h.clock)).toBe(true);
    expect(await seedDemoEvents(h.dataSource, territory.id, places, h.clock)).toBe(false);
    const upcoming = (await h.execute(EVENTS, { c: territory.code })).data!.territory!.events.edges.map((e) => e.node);
    expect(upcoming.map((e) => [e.kind, e.status, e.registrationOpen, e.placesLeft, e.waitingCount])).toEqual([
      ['THEMATIC_WORKING_GROUP', 'CANCELLED', true, 20, 0],
      ['LABO', 'PLANNED', true, 2, 0],
      ['TERRITORIAL_MEETING', 'PLANNED', true, 0, 3],
      ['GOVERNANCE_MEETING', 'PLANNED', false, null, 0],
    ]);
    const past = (await h.execute(EVENTS, { c: territory.code, f: { time: 'PAST' } })).data!.territory!.events.edges;
    expect(past.map((e) => e.node)).toEqual([
      expect.objectContaining({
        status: 'HELD',
        participantCount: 45,
        minutesHtml: expect.stringContaining('<strong>place du marché</strong>'),
        outcomes: [{ kind: 'DECISION' }, { kind: 'WORKSHOP_OUTPUT' }],
      }),
    ]);
  });
});
