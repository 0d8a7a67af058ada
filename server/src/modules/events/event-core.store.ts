import { query, type Queryable } from '../../shared/sql.js';
import type { EventOutcomeRow, EventRow, EventThemeRow } from './events.types.js';

export const EVENT = `e.territory_id, e.id, e.kind, e.title, e.description, e.starts_at, e.ends_at, e.date_precision,
  e.place, e.commune_id, e.quartier_id, e.topics, e.organiser, e.sessions, e.capacity, e.registration_open,
  e.step_free_access, e.childcare, e.interpretation, e.hearing_loop, e.accessibility_note, e.status, e.cancel_message,
  e.walk_ins, e.participants_reported, e.participants_note, e.minutes, e.import_key, e.source, e.created_by,
  e.created_at, e.updated_at, e.contacts_erased_at, e.version`;

/** Events themselves, their themes and outcomes. */
export function createEventCoreStore(db: Queryable) {
  return {
    eventsByIds: (territoryId: string, ids: readonly string[]) =>
      query<EventRow>(
        db,
        'events.eventsByIds',
        `SELECT ${EVENT} FROM participation_events e WHERE e.territory_id = $1 AND e.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),
    themesByEventIds: (territoryId: string, ids: readonly string[]) =>
      query<EventThemeRow>(
        db,
        'events.themesByEventIds',
        `SELECT territory_id, event_id, theme_id FROM event_themes WHERE territory_id = $1 AND event_id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),
    outcomesByEventIds: (territoryId: string, ids: readonly string[]) =>
      query<EventOutcomeRow>(
        db,
        'events.outcomesByEventIds',
        `SELECT territory_id, id, event_id, kind, text, position FROM event_outcomes
         WHERE territory_id = $1 AND event_id = ANY($2::uuid[]) ORDER BY event_id, position`,
        [territoryId, ids],
      ),
  };
}
