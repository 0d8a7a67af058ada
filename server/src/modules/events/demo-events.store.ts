import { query, type Queryable } from '../../shared/sql.js';

export interface DemoEventRow {
  territoryId: string;
  kind: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  communeId: string | null;
  quartierId: string | null;
  capacity: number | null;
  registrationOpen: boolean;
  status: string;
  cancelMessage: string | null;
  walkIns: number;
  minutes: string | null;
  stepFreeAccess: boolean;
  childcare: boolean;
  createdBy: string;
  createdAt: Date;
}

export interface DemoRegistration {
  userId: string | null;
  name: string;
  email: string | null;
  status: 'CONFIRMED' | 'WAITING';
  channel: 'ONLINE' | 'STAFF';
  checkedIn: boolean;
  recordedBy: string | null;
}

/** What the demonstration writes directly, outside any request (in a request, the events service does). */
export function createDemoEventsStore(db: Queryable) {
  return {
    /** Events typed in the console, as opposed to those imported from the data file. */
    hasConsoleEvents: async (territoryId: string) =>
      (
        await query(
          db,
          'events.demoHasConsoleEvents',
          'SELECT 1 FROM participation_events WHERE territory_id = $1 AND import_key IS NULL LIMIT 1',
          [territoryId],
        )
      ).length > 0,
    insert: async (e: DemoEventRow) =>
      (
        await query<{ id: string }>(
          db,
          'events.demoInsert',
          `INSERT INTO participation_events (territory_id, kind, title, description, starts_at, ends_at, place, commune_id,
             quartier_id, capacity, registration_open, status, cancel_message, walk_ins, minutes, step_free_access, childcare,
             created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING id`,
          [
            e.territoryId,
            e.kind,
            e.title,
            e.description,
            e.startsAt,
            e.endsAt,
            e.place,
            e.communeId,
            e.quartierId,
            e.capacity,
            e.registrationOpen,
            e.status,
            e.cancelMessage,
            e.walkIns,
            e.minutes,
            e.stepFreeAccess,
            e.childcare,
            e.createdBy,
            e.createdAt,
          ],
        )
      )[0]!.id,
    /** Minutes for the latest imported meeting, so a held event of the file shows its outcomes too. */
    minutesOfLatestImported: (territoryId: string, minutes: string) =>
      query<{ id: string }>(
        db,
        'events.demoMinutesOfLatestImported',
        `UPDATE participation_events SET minutes = $2 WHERE territory_id = $1 AND id = (
           SELECT id FROM participation_events WHERE territory_id = $1 AND import_key IS NOT NULL ORDER BY starts_at DESC LIMIT 1)
         RETURNING id`,
        [territoryId, minutes],
      ),
    outcomes: (territoryId: string, eventId: string, outcomes: [kind: string, text: string][]) =>
      query(
        db,
        'events.demoOutcomes',
        `INSERT INTO event_outcomes (territory_id, event_id, kind, text, position)
         SELECT $1, $2, o.kind, o.text, o.position - 1 FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS o(kind, text, position)`,
        [territoryId, eventId, outcomes.map((o) => o[0]), outcomes.map((o) => o[1])],
      ),
    /** Registrations as they stand on the day of the demo: arrival order follows the array. */
    registrations: (territoryId: string, eventId: string, rows: DemoRegistration[], at: Date) =>
      query(
        db,
        'events.demoRegistrations',
        `INSERT INTO event_registrations (territory_id, event_id, user_id, name, email, status, channel,
           checked_in_at, confirmed_at, created_at, recorded_by)
         SELECT $1, $2, r.user_id, r.name, r.email, r.status, r.channel,
           CASE WHEN r.checked_in THEN $3::timestamptz END, CASE WHEN r.status = 'CONFIRMED' THEN $3::timestamptz END,
           $3::timestamptz - (r.n * interval '1 hour'), CASE WHEN r.channel = 'STAFF' THEN $4::uuid END
         FROM unnest($5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::boolean[])
           WITH ORDINALITY AS r(user_id, name, email, status, channel, checked_in, n)
         ORDER BY r.n`,
        [
          territoryId,
          eventId,
          at,
          rows[0]?.recordedBy ?? null,
          rows.map((r) => r.userId),
          rows.map((r) => r.name),
          rows.map((r) => r.email),
          rows.map((r) => r.status),
          rows.map((r) => r.channel),
          rows.map((r) => r.checkedIn),
        ],
      ),
  };
}
