import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { seedTerritory, type SeededTerritory } from '../../../test/seed.js';
import { graphql } from '../../../test/__generated__/index.js';
import { createEvent, eventForm, CREATE_EVENT } from '../../../test/seed-events.js';

let h: Harness;
let here: Awaited<ReturnType<typeof seedHere>>;
let elsewhere: SeededTerritory;
const seedHere = () => seed(h).territory().staff().admin().resident();
beforeAll(async () => {
  h = await createHarness();
  [here, elsewhere] = await Promise.all([seedHere(), seedTerritory(h)]);
});
afterAll(() => h.close());

const EVENT = graphql(`
  query EvS1CrudEvent($c: String!, $id: ID!) {
    territory(code: $c) {
      event(id: $id) {
        id
        kind
        title
        status
        capacity
        placesLeft
        confirmedCount
        waitingCount
        walkIns
        participantCount
        minutes
        minutesHtml
        outcomes {
          kind
          text
        }
        themes {
          id
        }
        commune {
          name
        }
        quartier {
          id
        }
        accessibility {
          stepFreeAccess
          hearingLoop
          note
        }
        icsUrl
      }
    }
  }
`);
const AUDIT = graphql(`
  query EvS1CrudAudit($c: String!) {
    territory(code: $c) {
      auditLog(first: 10) {
        edges {
          node {
            action
            targetId
          }
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation EvS1CrudUpdate($i: UpdateEventInput!) {
    updateEvent(input: $i) {
      event {
        id
        title
        capacity
      }
    }
  }
`);
const STATUS = graphql(`
  mutation EvS1CrudStatus($i: SetEventStatusInput!) {
    setEventStatus(input: $i) {
      message
      event {
        status
      }
    }
  }
`);
const OUTCOMES = graphql(`
  mutation EvS1CrudOutcomes($i: RecordEventOutcomesInput!) {
    recordEventOutcomes(input: $i) {
      event {
        minutesHtml
        outcomes {
          kind
          text
        }
      }
    }
  }
`);
const WALK_INS = graphql(`
  mutation EvS1CrudWalkIns($i: SetEventWalkInsInput!) {
    setEventWalkIns(input: $i) {
      event {
        walkIns
        participantCount
      }
    }
  }
`);
const SETTINGS = graphql(`
  mutation EvS1CrudSettings($i: EventSettingsInput!) {
    setEventSettings(input: $i) {
      settings {
        contactRetentionMonths
      }
    }
  }
`);
const READ_SETTINGS = graphql(`
  query EvS1CrudReadSettings($c: String!) {
    territory(code: $c) {
      eventSettings {
        contactRetentionMonths
      }
      viewerCan {
        manageEvents
      }
    }
  }
`);

const themeOf = async (territoryId: string) =>
  (
    (await h.dataSource.query('SELECT id FROM framework_items WHERE territory_id = $1 ORDER BY position LIMIT 1', [
      territoryId,
    ])) as { id: string }[]
  )[0]!.id;
const eventCount = async (territoryId: string) =>
  Number(
    (
      (await h.dataSource.query('SELECT count(*) AS n FROM participation_events WHERE territory_id = $1', [
        territoryId,
      ])) as {
        n: string;
      }[]
    )[0]!.n,
  );

describe('creating and changing events', () => {
  it('creates an event with its place, themes and accessibility, journaled', async () => {
    const { territory, staff } = here;
    const themeId = await themeOf(territory.id);
    const created = await createEvent(staff.client, territory.id, {
      communeId: territory.communeId,
      quartierId: territory.quartierId,
      themeIds: [themeId, themeId],
      accessibility: {
        stepFreeAccess: true,
        childcare: false,
        interpretation: false,
        hearingLoop: true,
        note: ' Parking ',
      },
    });
    const read = await staff.client.execute(EVENT, { c: territory.code, id: created.id });
    expect(read.data!.territory!.event).toMatchObject({
      kind: 'LABO',
      status: 'PLANNED',
      capacity: 30,
      placesLeft: 30,
      confirmedCount: 0,
      participantCount: null,
      themes: [{ id: themeId }],
      quartier: { id: territory.quartierId },
      accessibility: { stepFreeAccess: true, hearingLoop: true, note: 'Parking' },
      icsUrl: expect.stringMatching(new RegExp(`/api/events/${created.id}\\.ics\\?territory=${territory.code}$`)),
    });
    const log = await here.admin.client.execute(AUDIT, { c: territory.code });
    expect(log.data!.territory!.auditLog.edges.map((e) => e.node)).toContainEqual({
      action: 'EVENT_CREATE',
      targetId: created.id,
    });
  });

  it('refuses a bad form on the right field and creates nothing', async () => {
    const { territory, staff } = here;
    const before = await eventCount(territory.id);
    const start = new Date(Date.now() + 86_400_000);
    const cases: [Partial<ReturnType<typeof eventForm>>, string][] = [
      [{ startsAt: start.toISOString(), endsAt: start.toISOString() }, 'event.endsAt'],
      [{ communeId: elsewhere.communeId }, 'event.communeId'],
      [{ quartierId: elsewhere.quartierId }, 'event.quartierId'],
      [{ themeIds: [await themeOf(elsewhere.id)] }, 'event.themeIds'],
      [{ capacity: -1 }, 'event.capacity'],
      [{ title: '   ' }, 'event.title'],
    ];
    for (const [overrides, field] of cases) {
      const r = await staff.client.execute(CREATE_EVENT, {
        i: { territoryId: territory.id, event: eventForm(overrides) },
      });
      expect(r.errors?.[0]?.extensions, field).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [field]: expect.any(String) },
      });
    }
    const resident = await here.resident.client.execute(CREATE_EVENT, {
      i: { territoryId: territory.id, event: eventForm() },
    });
    expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await eventCount(territory.id)).toBe(before);
  });

  it('updates an event; a cancelled one stays as it was', async () => {
    const { territory, staff } = here;
    const { id } = await createEvent(staff.client, territory.id);
    const updated = await staff.client.execute(UPDATE, {
      i: { territoryId: territory.id, eventId: id, event: eventForm({ title: 'Labo à Avion', capacity: 40 }) },
    });
    expect(updated.data!.updateEvent.event).toMatchObject({ title: 'Labo à Avion', capacity: 40 });
    const cancelled = await staff.client.execute(STATUS, {
      i: { territoryId: territory.id, eventId: id, status: 'CANCELLED', message: 'Salle indisponible.' },
    });
    expect(cancelled.data!.setEventStatus).toMatchObject({ event: { status: 'CANCELLED' } });
    const again = await staff.client.execute(UPDATE, {
      i: { territoryId: territory.id, eventId: id, event: eventForm({ title: 'Autre' }) },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const back = await staff.client.execute(STATUS, {
      i: { territoryId: territory.id, eventId: id, status: 'PLANNED' },
    });
    expect(back.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await staff.client.execute(EVENT, { c: territory.code, id });
    expect(read.data!.territory!.event).toMatchObject({ title: 'Labo à Avion', status: 'CANCELLED' });
  });

  it('marks an event held only once it has begun', async () => {
    const { territory, staff } = here;
    const { id } = await createEvent(staff.client, territory.id);
    const early = await staff.client.execute(STATUS, { i: { territoryId: territory.id, eventId: id, status: 'HELD' } });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { status: expect.any(String) },
    });
    const past = await createEvent(staff.client, territory.id, {
      startsAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      endsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    const held = await staff.client.execute(STATUS, {
      i: { territoryId: territory.id, eventId: past.id, status: 'HELD' },
    });
    expect(held.data!.setEventStatus.event.status).toBe('HELD');
    const walkIns = await staff.client.execute(WALK_INS, {
      i: { territoryId: territory.id, eventId: past.id, walkIns: 7 },
    });
    expect(walkIns.data!.setEventWalkIns.event).toEqual({ walkIns: 7, participantCount: 7 });
    const negative = await staff.client.execute(WALK_INS, {
      i: { territoryId: territory.id, eventId: past.id, walkIns: -1 },
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { walkIns: expect.any(String) },
    });
  });

  it('records minutes rendered safely and outcomes in order', async () => {
    const { territory, staff } = here;
    const { id } = await createEvent(staff.client, territory.id);
    const r = await staff.client.execute(OUTCOMES, {
      i: {
        territoryId: territory.id,
        eventId: id,
        minutes: '## Compte rendu\n\n<script>alert(1)</script> [lien](javascript:alert(1))',
        outcomes: [
          { kind: 'DECISION', text: 'Un banc devant l’école' },
          { kind: 'WORKSHOP_OUTPUT', text: 'Carte des lieux à réaménager' },
        ],
      },
    });
    const event = r.data!.recordEventOutcomes.event;
    expect(event.minutesHtml).toContain('<h2>Compte rendu</h2>');
    expect(event.minutesHtml).not.toContain('<script>');
    expect(event.minutesHtml).not.toContain('href="javascript:');
    expect(event.outcomes.map((o) => o.kind)).toEqual(['DECISION', 'WORKSHOP_OUTPUT']);
    const replaced = await staff.client.execute(OUTCOMES, {
      i: { territoryId: territory.id, eventId: id, outcomes: [] },
    });
    expect(replaced.data!.recordEventOutcomes.event).toEqual({ minutesHtml: null, outcomes: [] });
  });
});

describe('event settings', () => {
  it('keeps contact details 6 months by default, 1 to 36 months when set, for staff only', async () => {
    const { territory, staff, resident } = here;
    const read = await staff.client.execute(READ_SETTINGS, { c: territory.code });
    expect(read.data!.territory).toEqual({
      eventSettings: { contactRetentionMonths: 6 },
      viewerCan: { manageEvents: true },
    });
    const set = await staff.client.execute(SETTINGS, { i: { territoryId: territory.id, contactRetentionMonths: 12 } });
    expect(set.data!.setEventSettings.settings.contactRetentionMonths).toBe(12);
    for (const months of [0, 37]) {
      const bad = await staff.client.execute(SETTINGS, {
        i: { territoryId: territory.id, contactRetentionMonths: months },
      });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ fields: { contactRetentionMonths: expect.any(String) } });
    }
    const again = await staff.client.execute(READ_SETTINGS, { c: territory.code });
    expect(again.data!.territory!.eventSettings.contactRetentionMonths).toBe(12);
    const denied = await resident.client.execute(READ_SETTINGS, { c: territory.code });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
