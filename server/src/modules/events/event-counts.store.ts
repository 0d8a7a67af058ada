import { query, type Queryable } from '../../shared/sql.js';
import type { EventCountsRow, EventRow, EventSettingsRow } from './events.types.js';
import { EVENT } from './event-core.store.js';

/** Registrations counted per event, the figures' held events, and the per-territory settings. */
export function createEventCountsStore(db: Queryable) {
  return {
    /** One aggregate for every event of a request (a list page asks for all of them at once). */
    countsByEventIds: (territoryId: string, ids: readonly string[]) =>
      query<EventCountsRow>(
        db,
        'events.countsByEventIds',
        `SELECT territory_id, event_id,
           count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE status = 'WAITING')::int AS waiting,
           count(*) FILTER (WHERE status <> 'CANCELLED' AND checked_in_at IS NOT NULL)::int AS checked_in
         FROM event_registrations WHERE territory_id = $1 AND event_id = ANY($2::uuid[])
         GROUP BY territory_id, event_id`,
        [territoryId, ids],
      ),

    /**
     * Held events (status HELD, or past and not cancelled with a recorded count) of a year in Paris
     * (every year when null), in date order, with their participants: the recorded count, or checked
     * in + walk-ins.
     */
    heldEvents: (territoryId: string, year: number | null, now: Date) =>
      query<EventRow & { participants: number }>(
        db,
        'events.heldEvents',
        `SELECT ${EVENT}, COALESCE(e.participants_reported, e.walk_ins + (
             SELECT count(*)::int FROM event_registrations r
             WHERE r.territory_id = e.territory_id AND r.event_id = e.id AND r.status <> 'CANCELLED' AND r.checked_in_at IS NOT NULL
           )) AS participants
         FROM participation_events e
         WHERE e.territory_id = $1
           AND (e.status = 'HELD' OR (e.status <> 'CANCELLED' AND e.participants_reported IS NOT NULL AND e.ends_at < $3))
           AND ($2::int IS NULL OR extract(year FROM e.starts_at AT TIME ZONE 'Europe/Paris') = $2)
         ORDER BY e.starts_at, e.id`,
        [territoryId, year, now],
      ),

    settingsOf: (territoryIds: readonly string[]) =>
      query<EventSettingsRow>(
        db,
        'events.settingsOf',
        `SELECT territory_id, contact_retention_months FROM event_settings WHERE territory_id = ANY($1::uuid[])`,
        [territoryIds],
      ),
    saveSettings: (territoryId: string, months: number) =>
      query<EventSettingsRow>(
        db,
        'events.saveSettings',
        `INSERT INTO event_settings (territory_id, contact_retention_months) VALUES ($1, $2)
         ON CONFLICT (territory_id) DO UPDATE SET contact_retention_months = EXCLUDED.contact_retention_months
         RETURNING territory_id, contact_retention_months`,
        [territoryId, months],
      ),
  };
}
