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
  };
}
