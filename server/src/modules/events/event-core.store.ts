import { conditions, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import type {
  EventListFilter,
  EventOutcomeKind,
  EventOutcomeRow,
  EventRow,
  EventStatus,
  EventThemeRow,
} from './events.types.js';

export const EVENT = `e.territory_id, e.id, e.kind, e.title, e.description, e.starts_at, e.ends_at, e.date_precision,
  e.place, e.commune_id, e.quartier_id, e.topics, e.organiser, e.sessions, e.capacity, e.registration_open,
  e.step_free_access, e.childcare, e.interpretation, e.hearing_loop, e.accessibility_note, e.status, e.cancel_message,
  e.walk_ins, e.participants_reported, e.participants_note, e.minutes, e.import_key, e.source, e.created_by,
  e.created_at, e.updated_at, e.contacts_erased_at, e.version`;

/** What staff type in the console's form (EventInput). */
export interface EventFields {
  kind: string;
  title: string;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  communeId: string | null;
  quartierId: string | null;
  organiser: string | null;
  capacity: number | null;
  registrationOpen: boolean;
  stepFreeAccess: boolean;
  childcare: boolean;
  interpretation: boolean;
  hearingLoop: boolean;
  accessibilityNote: string | null;
}
const FIELD_COLUMNS = `kind, title, description, starts_at, ends_at, place, commune_id, quartier_id, organiser, capacity,
  registration_open, step_free_access, childcare, interpretation, hearing_loop, accessibility_note`;
const fieldValues = (f: EventFields) => [
  f.kind,
  f.title,
  f.description,
  f.startsAt,
  f.endsAt,
  f.place,
  f.communeId,
  f.quartierId,
  f.organiser,
  f.capacity,
  f.registrationOpen,
  f.stepFreeAccess,
  f.childcare,
  f.interpretation,
  f.hearingLoop,
  f.accessibilityNote,
];

/** Events themselves, their themes and outcomes, the public lists. */
export function createEventCoreStore(db: Queryable) {
  return {
    eventsByIds: (territoryId: string, ids: readonly string[]) =>
      query<EventRow>(
        db,
        'events.eventsByIds',
        `SELECT ${EVENT} FROM participation_events e WHERE e.territory_id = $1 AND e.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),
    /** The event under a row lock: its changes (and registrations' places) are serialized on it. */
    lockEvent: (territoryId: string, id: string) =>
      one(
        query<EventRow>(
          db,
          'events.lockEvent',
          `SELECT ${EVENT} FROM participation_events e WHERE e.territory_id = $1 AND e.id = $2 FOR UPDATE`,
          [territoryId, id],
        ),
      ),
    insertEvent: async (territoryId: string, f: EventFields, createdBy: string, at: Date) =>
      (await one(
        query<EventRow>(
          db,
          'events.insertEvent',
          `INSERT INTO participation_events AS e (territory_id, ${FIELD_COLUMNS}, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19)
           RETURNING ${EVENT}`,
          [territoryId, ...fieldValues(f), createdBy, at],
        ),
      ))!,
    updateEvent: async (territoryId: string, id: string, f: EventFields, at: Date) =>
      (await one(
        query<EventRow>(
          db,
          'events.updateEvent',
          `UPDATE participation_events AS e SET (${FIELD_COLUMNS}, updated_at, version) =
             ($3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, e.version + 1)
           WHERE e.territory_id = $1 AND e.id = $2 RETURNING ${EVENT}`,
          [territoryId, id, ...fieldValues(f), at],
        ),
      ))!,
    setStatus: async (territoryId: string, id: string, status: EventStatus, message: string | null, at: Date) =>
      (await one(
        query<EventRow>(
          db,
          'events.setStatus',
          `UPDATE participation_events AS e SET status = $3, cancel_message = $4, updated_at = $5, version = e.version + 1
           WHERE e.territory_id = $1 AND e.id = $2 RETURNING ${EVENT}`,
          [territoryId, id, status, message, at],
        ),
      ))!,
    setMinutes: async (territoryId: string, id: string, minutes: string | null, at: Date) =>
      (await one(
        query<EventRow>(
          db,
          'events.setMinutes',
          `UPDATE participation_events AS e SET minutes = $3, updated_at = $4, version = e.version + 1
           WHERE e.territory_id = $1 AND e.id = $2 RETURNING ${EVENT}`,
          [territoryId, id, minutes, at],
        ),
      ))!,
    setWalkIns: async (territoryId: string, id: string, walkIns: number, at: Date) =>
      (await one(
        query<EventRow>(
          db,
          'events.setWalkIns',
          `UPDATE participation_events AS e SET walk_ins = $3, updated_at = $4, version = e.version + 1
           WHERE e.territory_id = $1 AND e.id = $2 RETURNING ${EVENT}`,
          [territoryId, id, walkIns, at],
        ),
      ))!,

    themesByEventIds: (territoryId: string, ids: readonly string[]) =>
      query<EventThemeRow>(
        db,
        'events.themesByEventIds',
        `SELECT territory_id, event_id, theme_id FROM event_themes WHERE territory_id = $1 AND event_id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),
    replaceThemes: async (territoryId: string, eventId: string, themeIds: string[]) => {
      await query(db, 'events.clearThemes', 'DELETE FROM event_themes WHERE territory_id = $1 AND event_id = $2', [
        territoryId,
        eventId,
      ]);
      await query(
        db,
        'events.insertThemes',
        `INSERT INTO event_themes (territory_id, event_id, theme_id) SELECT $1, $2, unnest($3::uuid[])`,
        [territoryId, eventId, themeIds],
      );
    },

    outcomesByEventIds: (territoryId: string, ids: readonly string[]) =>
      query<EventOutcomeRow>(
        db,
        'events.outcomesByEventIds',
        `SELECT territory_id, id, event_id, kind, text, position FROM event_outcomes
         WHERE territory_id = $1 AND event_id = ANY($2::uuid[]) ORDER BY event_id, position`,
        [territoryId, ids],
      ),
    replaceOutcomes: async (
      territoryId: string,
      eventId: string,
      outcomes: { kind: EventOutcomeKind; text: string }[],
    ) => {
      await query(db, 'events.clearOutcomes', 'DELETE FROM event_outcomes WHERE territory_id = $1 AND event_id = $2', [
        territoryId,
        eventId,
      ]);
      await query(
        db,
        'events.insertOutcomes',
        `INSERT INTO event_outcomes (territory_id, event_id, kind, text, position)
         SELECT $1, $2, o.kind, o.text, o.position - 1
         FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS o(kind, text, position)`,
        [territoryId, eventId, outcomes.map((o) => o.kind), outcomes.map((o) => o.text)],
      );
    },

    /** A cursor page: upcoming (not yet ended, soonest first), past (latest first), or a [from, to) window. */
    list: (territoryId: string, page: Page, f: EventListFilter, now: Date) => {
      const { where, params, add } = conditions('e.territory_id = ?', territoryId);
      if (f.kind) add('e.kind = ?', f.kind);
      if (f.communeId) add('e.commune_id = ?', f.communeId);
      if (f.quartierId) add('e.quartier_id = ?', f.quartierId);
      const window = Boolean(f.from || f.to);
      if (f.from) add('e.starts_at >= ?', f.from);
      if (f.to) add('e.starts_at < ?', f.to);
      const past = !window && f.time === 'PAST';
      if (!window) add(past ? 'e.ends_at < ?' : 'e.ends_at >= ?', now);
      return listPage<EventRow>(db, page, {
        name: `events.list.${window ? 'window' : past ? 'past' : 'upcoming'}`,
        select: EVENT,
        from: 'participation_events e',
        where,
        params,
        sortExpr: past ? 'e.ends_at' : 'e.starts_at',
        idExpr: 'e.id',
        direction: past ? 'DESC' : 'ASC',
        sortKeyOf: (r: EventRow) => (past ? r.endsAt : r.startsAt).toISOString(),
      });
    },

    /** The next events of several quartiers, `limit` each, not cancelled: one statement for a page of quartiers. */
    nextByQuartiers: (territoryId: string, quartierIds: readonly string[], limit: number, now: Date) =>
      query<EventRow>(
        db,
        'events.nextByQuartiers',
        `SELECT n.* FROM unnest($2::uuid[]) AS q(id), LATERAL (
           SELECT ${EVENT} FROM participation_events e
           WHERE e.territory_id = $1 AND e.quartier_id = q.id AND e.ends_at >= $4 AND e.status <> 'CANCELLED'
           ORDER BY e.starts_at, e.id LIMIT $3) n`,
        [territoryId, quartierIds, limit, now],
      ),
  };
}
