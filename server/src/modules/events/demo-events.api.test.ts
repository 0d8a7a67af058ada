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
    const { territory, staff } = await seed(h).territory().staff();
    const places = {
      staffId: staff.user.id,
      communes: [{ id: territory.communeId }],
      councils: [{ quartierId: territory.quartierId }],
    };
    expect(await seedDemoEvents(h.dataSource, territory.id, places, h.clock)).toBe(true);
    expect(await seedDemoEvents(h.dataSource, territory.id, places, h.clock)).toBe(false);
    const upcoming = (await h.execute(EVENTS, { c: territory.code })).data!.territory!.events.edges.map((e) => e.node);
    expect(upcoming.map((e) => [e.kind, e.status, e.registrationOpen])).toEqual([
      ['THEMATIC_WORKING_GROUP', 'CANCELLED', true],
      ['LABO', 'PLANNED', true],
      ['TERRITORIAL_MEETING', 'PLANNED', true],
      ['GOVERNANCE_MEETING', 'PLANNED', false],
    ]);
    const past = (await h.execute(EVENTS, { c: territory.code, f: { time: 'PAST' } })).data!.territory!.events.edges;
    expect(past.map((e) => e.node)).toEqual([
      expect.objectContaining({
        status: 'HELD',
        participantCount: 31,
        minutesHtml: expect.stringContaining('<strong>place du marché</strong>'),
        outcomes: [{ kind: 'DECISION' }, { kind: 'WORKSHOP_OUTPUT' }],
      }),
    ]);
  });
});
