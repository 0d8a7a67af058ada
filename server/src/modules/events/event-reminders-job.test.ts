import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedUser } from '../../../test/seed.js';
import { insertEventRow, outboxOf } from '../../../test/seed-event-rows.js';
import { runEventReminders } from './event-reminders-job.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const REGISTER = graphql(`
  mutation EvS2JobRegister($i: RegisterForEventInput!) {
    registerForEvent(input: $i) {
      registration {
        status
      }
    }
  }
`);
const DAY = 24 * 3600_000;
const run = (territoryId: string) => runEventReminders(h.dataSource, h.clock, 'http://quartiers.test', { territoryId });

describe('the events job', () => {
  it('reminds confirmed registrants once the day before (Paris), with the event’s .ics, even run twice at once', async () => {
    const { territory, resident } = await seed(h).territory().resident();
    const eventId = await insertEventRow(h, territory.id, { inDays: 3, title: 'Labo de Lens' });
    await resident.client.execute(REGISTER, { i: { territoryId: territory.id, eventId } });
    expect(await run(territory.id)).toMatchObject({ reminded: 0 });
    h.clock.advance(2 * DAY);
    try {
      // Registered on the day before itself: the confirmation just sent is enough.
      const late = await seedUser(h, { territory, role: 'RESIDENT' });
      await (await h.signedIn(late.id)).execute(REGISTER, { i: { territoryId: territory.id, eventId } });
      const [a, b] = await Promise.all([run(territory.id), run(territory.id)]);
      expect(a.reminded + b.reminded).toBe(1);
      expect(await run(territory.id)).toMatchObject({ reminded: 0 });
      const reminder = (await outboxOf(h, resident.user.email!)).find((m) => m.kind === 'event-reminder')!;
      expect(reminder.subject).toMatch(/^Rappel : Labo de Lens, le \d\d\/\d\d\/\d{4} à (19|20):00$/);
      expect(reminder.body).toContain(`http://quartiers.test/${territory.code}/evenements/annuler#jeton=`);
      const vevent = new ICAL.Component(ICAL.parse(reminder.attachments[0]!.content)).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('summary')).toBe('Labo de Lens');
      expect((await outboxOf(h, late.email!)).map((m) => m.kind)).toEqual(['event-registered']);
    } finally {
      h.clock.advance(-2 * DAY);
    }
  });

  it('erases registrants’ names and contacts after the territory’s retention period, keeping the counts', async () => {
    const { territory } = await seed(h).territory();
    const monthsAgo = (m: number) => new Date(h.clock.now().getTime() - m * 30.5 * DAY);
    const old = await insertEventRow(h, territory.id, { startsAt: monthsAgo(7) });
    const recent = await insertEventRow(h, territory.id, { startsAt: monthsAgo(5) });
    for (const eventId of [old, recent]) {
      await h.dataSource.query(
        `INSERT INTO event_registrations (territory_id, event_id, name, email, phone, status, channel, checked_in_at, created_at)
         VALUES ($1, $2, 'Léa', 'lea@exemple.fr', '0601020304', 'CONFIRMED', 'STAFF', now(), now()),
                ($1, $2, 'Marc', NULL, NULL, 'CANCELLED', 'STAFF', NULL, now())`,
        [territory.id, eventId],
      );
    }
    const rows = async (eventId: string) =>
      (await h.dataSource.query(
        `SELECT name, email, phone, status, checked_in_at IS NOT NULL AS came, contact_erased_at IS NOT NULL AS erased
         FROM event_registrations WHERE event_id = $1 ORDER BY arrival`,
        [eventId],
      )) as unknown[];
    expect(await run(territory.id)).toMatchObject({ erasedEvents: 1 });
    expect(await rows(old)).toEqual([
      { name: null, email: null, phone: null, status: 'CONFIRMED', came: true, erased: true },
      { name: null, email: null, phone: null, status: 'CANCELLED', came: false, erased: true },
    ]);
    expect(await rows(recent)).toEqual([
      expect.objectContaining({ name: 'Léa', email: 'lea@exemple.fr', erased: false }),
      expect.objectContaining({ name: 'Marc', erased: false }),
    ]);
    expect(await run(territory.id)).toMatchObject({ erasedEvents: 0 });
    // A shorter period set for the territory applies to the next run.
    await h.dataSource.query(`INSERT INTO event_settings (territory_id, contact_retention_months) VALUES ($1, 3)`, [
      territory.id,
    ]);
    expect(await run(territory.id)).toMatchObject({ erasedEvents: 1 });
    expect(await rows(recent)).toEqual([
      expect.objectContaining({ name: null, email: null, status: 'CONFIRMED', came: true }),
      expect.objectContaining({ name: null, status: 'CANCELLED' }),
    ]);
  });
});
