import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../test/harness.js';
import { seed } from '../../../test/builder.js';
import { graphql } from '../../../test/__generated__/index.js';
import { seedEventRow } from '../../../test/seed-events.js';
import { importTerritoryFile } from '../../import/index.js';
import { eventPeriod } from '../../import/participation-events.plan.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const FIGURES = graphql(`
  query EvS1Figures($c: String!, $year: Int) {
    territory(code: $c) {
      eventFigures(year: $year) {
        year
        events
        participants
        byKind {
          key
          label
          events
          participants
        }
        byCommune {
          key
          label
          participants
        }
        byYear {
          key
          events
          participants
        }
        heldEvents {
          kind
          title
          datePrecision
          participantCount
          participantsNote
          sessions
          status
          commune {
            name
          }
        }
      }
    }
  }
`);

const callFile = path.resolve(import.meta.dirname, '../../../data/call.json');

describe('the data files’ participation events', () => {
  it('imports the Lens-Liévin Labo meetings with 42, 58, 65, 52 and 70 participants, 287 in all', async () => {
    await importTerritoryFile(h.dataSource, callFile);
    const r = await h.execute(FIGURES, { c: 'CALL' });
    const figures = r.data!.territory!.eventFigures;
    const labo = figures.heldEvents.filter((e) => e.kind === 'LABO');
    expect(labo.map((e) => e.participantCount)).toEqual([42, 58, 65, 52, 70]);
    expect(figures.byKind.find((k) => k.key === 'LABO')).toEqual({
      key: 'LABO',
      label: 'Rencontre du Labo de la participation',
      events: 5,
      participants: 287,
    });
    expect(labo.map((e) => e.commune?.name ?? null)).toEqual([null, null, 'Mazingarbe', 'Wingles', 'Avion']);
    expect(figures.heldEvents.find((e) => e.kind === 'TERRITORIAL_MEETING')).toMatchObject({
      participantCount: 82,
      participantsNote: 'total des 3 rencontres',
      sessions: 3,
      datePrecision: 'DAY',
      status: 'HELD',
    });
    expect(figures.byKind.find((k) => k.key === 'PARTICIPATORY_WORKSHOP')).toMatchObject({ participants: 151 });
    // Held meetings without a recorded count (steering committees…) count as events, with no participants.
    expect(figures.byYear).toEqual([
      { key: '2023', events: 10, participants: 42 + 58 + 65 + 82 + 52 },
      { key: '2024', events: 6, participants: 151 + 70 },
    ]);
    const year2024 = await h.execute(FIGURES, { c: 'CALL', year: 2024 });
    expect(year2024.data!.territory!.eventFigures).toMatchObject({ year: 2024, events: 6, participants: 221 });
  });

  it('maps kinds and date precisions, skips undated events, and re-imports without change', async () => {
    await importTerritoryFile(h.dataSource, callFile);
    const rows = (await h.dataSource.query(
      `SELECT e.kind, e.date_precision, count(*)::int AS n FROM participation_events e JOIN territories t ON t.id = e.territory_id
       WHERE t.code = 'CALL' AND e.import_key IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    )) as { kind: string; date_precision: string; n: number }[];
    // 17 events in the file, one without a date nor a year.
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(16);
    expect(rows.find((r) => r.kind === 'GOVERNANCE_MEETING')?.n).toBe(3);
    expect(rows.find((r) => r.kind === 'THEMATIC_WORKING_GROUP')?.n).toBe(4);
    const again = await importTerritoryFile(h.dataSource, callFile);
    expect(again.byTable.participation_events).toEqual({ inserted: 0, updated: 0 });
    // Dates known to the month or the year cover it, from and to midnight in Paris.
    const paris = (d: Date) => d.toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).slice(0, 16);
    const month = eventPeriod({ date: '2023-06', endDate: '2023-10' })!;
    expect([month.precision, paris(month.startsAt), paris(month.endsAt)]).toEqual([
      'MONTH',
      '2023-06-01 00:00',
      '2023-11-01 00:00',
    ]);
    const year = eventPeriod({ date: null, year: 2019 })!;
    expect([year.precision, paris(year.startsAt), paris(year.endsAt)]).toEqual([
      'YEAR',
      '2019-01-01 00:00',
      '2020-01-01 00:00',
    ]);
    expect(eventPeriod({ date: null })).toBeNull();
  });
});

describe('measured figures', () => {
  it('counts checked-in registrants and walk-ins of held events, never cancelled or upcoming ones', async () => {
    const { territory } = await seed(h).territory();
    const held = await seedEventRow(h, territory.id, { hoursFromNow: -5 });
    const cancelled = await seedEventRow(h, territory.id, { hoursFromNow: -30 });
    await seedEventRow(h, territory.id, { hoursFromNow: 48 });
    await h.dataSource.query(
      `UPDATE participation_events SET status = CASE WHEN id = $1 THEN 'HELD' ELSE 'CANCELLED' END, walk_ins = 3,
         commune_id = $3 WHERE id IN ($1, $2)`,
      [held, cancelled, territory.communeId],
    );
    await h.dataSource.query(
      `INSERT INTO event_registrations (territory_id, event_id, name, status, checked_in_at, created_at)
       SELECT $1, $2, 'Personne ' || n, CASE WHEN n = 4 THEN 'CANCELLED' ELSE 'CONFIRMED' END, CASE WHEN n <> 3 THEN now() END, now()
       FROM generate_series(1, 4) n`,
      [territory.id, held],
    );
    const r = await h.execute(FIGURES, { c: territory.code });
    const figures = r.data!.territory!.eventFigures;
    expect(figures).toMatchObject({ year: null, events: 1, participants: 2 + 3 });
    expect(figures.byCommune).toEqual([{ key: territory.communeId, label: expect.any(String), participants: 5 }]);
    // The same statements for one held event as for four, each with its registrations counted.
    // Each read once before counting: the territory's row is then cached by code, as on a warm server.
    const statements = async (c: string) => {
      await h.execute(FIGURES, { c });
      return h.countSql(() => h.execute(FIGURES, { c }));
    };
    const forOne = await statements(territory.code);
    for (const hours of [-50, -70, -90]) {
      const more = await seedEventRow(h, territory.id, { hoursFromNow: hours });
      await h.dataSource.query(`UPDATE participation_events SET status = 'HELD' WHERE id = $1`, [more]);
      await h.dataSource.query(
        `INSERT INTO event_registrations (territory_id, event_id, name, status, checked_in_at, created_at)
         VALUES ($1, $2, 'Quelqu’un', 'CONFIRMED', now(), now())`,
        [territory.id, more],
      );
    }
    expect(await statements(territory.code)).toBe(forOne);
    const bad = await h.execute(FIGURES, { c: territory.code, year: 12 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { year: expect.any(String) } });
  });
});
