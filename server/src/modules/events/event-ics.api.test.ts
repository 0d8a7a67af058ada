import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import type { FastifyInstance } from 'fastify';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { routesApp } from '../../../test/http-routes.js';
import { graphql } from '../../../test/__generated__/index.js';
import { createEvent } from '../../../test/seed-events.js';

let h: Harness;
let app: FastifyInstance;
let here: Awaited<ReturnType<typeof seedHere>>;
const seedHere = () => seed(h).territory().staff();
beforeAll(async () => {
  h = await createHarness();
  [app, here] = await Promise.all([routesApp(h), seedHere()]);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const CANCEL = graphql(`
  mutation EvS1IcsCancel($i: SetEventStatusInput!) {
    setEventStatus(input: $i) {
      event {
        status
      }
    }
  }
`);

/** The VEVENTs of an iCalendar text, read by ical.js (a full RFC 5545 parser). */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate,
      end: e.endDate,
      status: v.getFirstPropertyValue('status'),
    };
  });
}
const parisTime = (d: Date) => {
  const p = new TZDate(d, 'Europe/Paris');
  return `${p.getFullYear()}-${String(p.getMonth() + 1).padStart(2, '0')}-${String(p.getDate()).padStart(2, '0')} ${String(p.getHours()).padStart(2, '0')}:${String(p.getMinutes()).padStart(2, '0')}`;
};
const get = (url: string) => app.inject({ method: 'GET', url });

describe('iCalendar files', () => {
  it('gives 18:00 in Paris on both sides of the change to summer time', async () => {
    const { territory, staff } = here;
    // 28 March 2026 is still winter time (UTC+1), 29 March is summer time (UTC+2).
    const before = await createEvent(staff.client, territory.id, {
      title: 'Veille du changement d’heure',
      startsAt: '2026-03-28T17:00:00.000Z',
      endsAt: '2026-03-28T19:00:00.000Z',
    });
    const after = await createEvent(staff.client, territory.id, {
      title: 'Lendemain du changement d’heure',
      startsAt: '2026-03-29T16:00:00.000Z',
      endsAt: '2026-03-29T18:00:00.000Z',
    });
    for (const [event, day] of [
      [before, '2026-03-28'],
      [after, '2026-03-29'],
    ] as const) {
      const res = await get(`/api/events/${event.id}.ics?territory=${territory.code}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const [vevent, ...others] = parsed(res.body);
      expect(others).toEqual([]);
      expect(vevent!.uid).toBe(`${event.id}@quartiers`);
      expect(parisTime(vevent!.start.toJSDate())).toBe(`${day} 18:00`);
      expect(parisTime(vevent!.end.toJSDate())).toBe(`${day} 20:00`);
    }
  });

  it('feeds upcoming and recent events, cancelled ones marked, dates known to the day as whole days', async () => {
    const { territory, staff } = here;
    const upcoming = await createEvent(staff.client, territory.id, { title: 'Atelier à venir' });
    const cancelled = await createEvent(staff.client, territory.id, { title: 'Atelier annulé' });
    await staff.client.execute(CANCEL, {
      i: { territoryId: territory.id, eventId: cancelled.id, status: 'CANCELLED' },
    });
    const old = await createEvent(staff.client, territory.id, {
      title: 'Il y a deux ans',
      startsAt: new Date(Date.now() - 730 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() - 730 * 86_400_000 + 3_600_000).toISOString(),
    });
    // An imported event known to the day: 14 to 15 November, whole days in Paris.
    const [day] = (await h.dataSource.query(
      `INSERT INTO participation_events (territory_id, kind, title, starts_at, ends_at, date_precision, created_at, updated_at)
       VALUES ($1, 'TERRITORIAL_MEETING', 'Rencontres territoriales', $2, $3, 'DAY', now(), now()) RETURNING id`,
      [territory.id, new Date(Date.now() + 40 * 86_400_000), new Date(Date.now() + 42 * 86_400_000)],
    )) as { id: string }[];
    await h.dataSource.query(
      `UPDATE participation_events SET starts_at = (date_trunc('day', starts_at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'),
         ends_at = (date_trunc('day', ends_at AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris') WHERE id = $1`,
      [day!.id],
    );
    const res = await get(`/api/events/feed.ics?territory=${territory.code}`);
    expect(res.statusCode).toBe(200);
    const events = parsed(res.body);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get(`${upcoming.id}@quartiers`)).toMatchObject({ summary: 'Atelier à venir', status: 'CONFIRMED' });
    expect(byUid.get(`${cancelled.id}@quartiers`)).toMatchObject({ status: 'CANCELLED' });
    expect(byUid.has(`${old.id}@quartiers`)).toBe(false);
    const whole = byUid.get(`${day!.id}@quartiers`)!;
    expect(whole.start.isDate).toBe(true);
    const [stored] = (await h.dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS s, to_char(ends_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS e
       FROM participation_events WHERE id = $1`,
      [day!.id],
    )) as { s: string; e: string }[];
    expect([whole.start.toString(), whole.end.toString()]).toEqual([stored!.s, stored!.e]);
  });

  it('answers 404 for an unknown territory, event or file name', async () => {
    const { territory } = here;
    expect((await get('/api/events/feed.ics?territory=NOPE')).statusCode).toBe(404);
    expect((await get(`/api/events/${crypto.randomUUID()}.ics?territory=${territory.code}`)).statusCode).toBe(404);
    expect((await get(`/api/events/pas-un-uuid.ics?territory=${territory.code}`)).statusCode).toBe(404);
  });
});
