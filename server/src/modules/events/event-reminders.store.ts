import { query, type Queryable } from '../../shared/sql.js';
import type { ReminderRow } from './event-registrations.store.js';

/** The background job's SQL: reminders the day before (Paris calendar) and the retention purge. */
export function createEventRemindersStore(db: Queryable) {
  return {
    /**
     * Claims the confirmed registrations to remind now: their event starts tomorrow or later today
     * (Paris calendar), they registered before that day before (others just got their confirmation),
     * and nobody reminded them yet. SKIP LOCKED lets another instance take the other rows; marking
     * them in the same transaction as their emails makes a second run send nothing.
     */
    claimReminders: (now: Date, limit: number, territoryId: string | null) =>
      query<ReminderRow>(
        db,
        'events.claimReminders',
        `UPDATE event_registrations r SET reminded_at = $1
         WHERE (r.territory_id, r.id) IN (
           SELECT c.territory_id, c.id FROM event_registrations c
           JOIN participation_events e ON e.territory_id = c.territory_id AND e.id = c.event_id
           WHERE c.status = 'CONFIRMED' AND c.reminded_at IS NULL AND c.email IS NOT NULL
             AND ($3::uuid IS NULL OR c.territory_id = $3)
             AND e.status = 'PLANNED' AND e.date_precision = 'TIME' AND e.starts_at > $1
             AND (e.starts_at AT TIME ZONE 'Europe/Paris')::date - 1 <= ($1::timestamptz AT TIME ZONE 'Europe/Paris')::date
             AND (c.created_at AT TIME ZONE 'Europe/Paris')::date < (e.starts_at AT TIME ZONE 'Europe/Paris')::date - 1
           ORDER BY c.territory_id, c.id LIMIT $2 FOR UPDATE OF c SKIP LOCKED)
         RETURNING r.territory_id, r.id, r.event_id, r.user_id, r.name, r.email, r.phone, r.status, r.channel,
           r.arrival, r.recorded_by, r.checked_in_at, r.reminded_at, r.promoted_at, r.confirmed_at, r.cancelled_at,
           r.contact_erased_at, r.created_at, r.cancel_token_hash`,
        [now, limit, territoryId],
      ),

    /**
     * Registrants of events ended longer ago than their territory's retention period (6 months by
     * default) lose their name and contact details; their state and check-in stay counted. The event
     * is marked so the next runs skip it.
     */
    eraseExpiredContacts: (now: Date, territoryId: string | null) =>
      query<{ territoryId: string; id: string }>(
        db,
        'events.eraseExpiredContacts',
        `WITH expired AS (
           UPDATE participation_events e SET contacts_erased_at = $1
           FROM participation_events x LEFT JOIN event_settings s ON s.territory_id = x.territory_id
           WHERE x.territory_id = e.territory_id AND x.id = e.id AND e.contacts_erased_at IS NULL
             AND ($2::uuid IS NULL OR e.territory_id = $2)
             AND e.ends_at < $1::timestamptz - make_interval(months => coalesce(s.contact_retention_months, 6))
           RETURNING e.territory_id, e.id),
         erased AS (
           UPDATE event_registrations r SET user_id = NULL, name = NULL, email = NULL, phone = NULL,
             confirm_token_hash = NULL, cancel_token_hash = NULL, contact_erased_at = $1
           FROM expired WHERE r.territory_id = expired.territory_id AND r.event_id = expired.id
           RETURNING r.id)
         SELECT territory_id, id FROM expired`,
        [now, territoryId],
      ),
  };
}
