import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { moderateIdea, submitIdea, SUBMIT_IDEA } from '../../../test/seed-ideas.js';
import { seedEventRow } from '../../../test/seed-events.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const EVENT_IDEAS = graphql(`
  query EvS1IdeaEvent($c: String!, $event: ID!, $idea: ID!) {
    territory(code: $c) {
      event(id: $event) {
        ideas {
          id
          title
          channel
        }
      }
      idea(id: $idea) {
        event {
          id
          title
        }
      }
    }
  }
`);

describe('ideas recorded at a meeting', () => {
  it('keep the meeting as their origin, and the meeting shows them once published', async () => {
    const { territory, staff, moderator } = await seed(h).territory().staff().person('moderator', 'MODERATOR');
    const eventId = await seedEventRow(h, territory.id, { hoursFromNow: -3 });
    const recorded = {
      territoryId: territory.id,
      title: 'Un jardin partagé derrière l’école',
      channel: 'MEETING' as const,
      onBehalfOf: 'Habitante du quartier',
      eventId,
    };
    const { idea } = await submitIdea(staff.client, recorded);
    const before = await h.execute(EVENT_IDEAS, { c: territory.code, event: eventId, idea: idea!.id });
    expect(before.data!.territory!.event!.ideas).toEqual([]);
    await moderateIdea(h, moderator.client, territory.id, idea!.id, { decision: 'PUBLISH' });
    const after = await h.execute(EVENT_IDEAS, { c: territory.code, event: eventId, idea: idea!.id });
    expect(after.data!.territory).toEqual({
      event: { ideas: [{ id: idea!.id, title: recorded.title, channel: 'MEETING' }] },
      idea: { event: { id: eventId, title: 'Rencontre de la matrice' } },
    });
  });

  it('refuses an event of another territory, a cancelled one, or one given for an idea not from a meeting', async () => {
    const { territory, staff, resident } = await seed(h).territory().staff().resident();
    const other = await seedTerritory(h);
    const foreign = await seedEventRow(h, other.id);
    const cancelled = await seedEventRow(h, territory.id);
    await h.dataSource.query(`UPDATE participation_events SET status = 'CANCELLED' WHERE id = $1`, [cancelled]);
    const base = { territoryId: territory.id, title: 'Une idée de réunion', text: 'Recueillie lors de la rencontre.' };
    const meeting = { ...base, channel: 'MEETING' as const, onBehalfOf: 'Un habitant' };
    for (const [client, i] of [
      [staff.client, { ...meeting, eventId: foreign }],
      [staff.client, { ...meeting, eventId: cancelled }],
      [staff.client, { ...base, channel: 'PHONE' as const, onBehalfOf: 'Un habitant', eventId: cancelled }],
      [resident.client, { ...base, eventId: await seedEventRow(h, territory.id) }],
    ] as const) {
      const r = await client.execute(SUBMIT_IDEA, { i });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { eventId: expect.any(String) },
      });
    }
    const [row] = (await h.dataSource.query('SELECT count(*)::int AS n FROM ideas WHERE territory_id = $1', [
      territory.id,
    ])) as { n: number }[];
    expect(row!.n).toBe(0);
  });
});
