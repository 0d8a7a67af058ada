import { conditions, likeEscape, listPage, one, query, type Queryable } from '../../shared/sql.js';
import type { Page } from '../../shared/pagination.js';
import { EVENT } from './event-core.store.js';
import type { EventRegistrationRow, EventRegistrationStatus, EventRow } from './events.types.js';

export const REGISTRATION = `r.territory_id, r.id, r.event_id, r.user_id, r.name, r.email, r.phone, r.status, r.channel,
  r.arrival, r.recorded_by, r.checked_in_at, r.reminded_at, r.promoted_at, r.confirmed_at, r.cancelled_at,
  r.contact_erased_at, r.created_at`;

/** Live registrations first (confirmed and waiting, by arrival), then the others: one sortable text key. */
const LIST_ORDER = `(CASE WHEN r.status IN ('CONFIRMED', 'WAITING') THEN '0' ELSE '1' END || lpad(r.arrival::text, 19, '0'))`;

export interface NewRegistration {
  territoryId: string;
  eventId: string;
  userId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  status: EventRegistrationStatus;
  channel: 'ONLINE' | 'STAFF';
  confirmTokenHash: string | null;
  cancelTokenHash: string | null;
  recordedBy: string | null;
  at: Date;
}

/** A registration to remind, with what its email says. */
export interface ReminderRow extends EventRegistrationRow {
  cancelTokenHash: string | null;
}

/**
 * Registrations' SQL: places under the event's row lock, the waiting list, check-in, reminders, retention.
 * One person's registrations across territories: event-registrations-person.store.ts.
 */
export function createEventRegistrationsStore(db: Queryable) {
  return {
    /** Serialises every change of an event's places: callers hold it until their transaction ends. */
    lockEvent: (territoryId: string, eventId: string) =>
      one(
        query<EventRow>(
          db,
          'events.lockEventPlaces',
          `SELECT ${EVENT} FROM participation_events e WHERE e.territory_id = $1 AND e.id = $2 FOR UPDATE`,
          [territoryId, eventId],
        ),
      ),

    /**
     * Run after lockEvent, as its own statement: a statement's snapshot is taken before it waits for
     * a lock, so a count inside the locking statement would miss the registrations committed meanwhile.
     */
    confirmedCount: async (territoryId: string, eventId: string) =>
      (
        await query<{ n: number }>(
          db,
          'events.confirmedCount',
          `SELECT count(*)::int AS n FROM event_registrations
           WHERE territory_id = $1 AND event_id = $2 AND status = 'CONFIRMED'`,
          [territoryId, eventId],
        )
      )[0]!.n,

    /** The person's live registration to the event (their account, or the email typed), if any. */
    liveRegistration: (territoryId: string, eventId: string, userId: string | null, email: string | null) =>
      one(
        query<EventRegistrationRow>(
          db,
          'events.liveRegistration',
          `SELECT ${REGISTRATION} FROM event_registrations r
           WHERE r.territory_id = $1 AND r.event_id = $2 AND r.status <> 'CANCELLED'
             AND (r.user_id = $3 OR lower(r.email) = lower($4))
           ORDER BY r.arrival LIMIT 1`,
          [territoryId, eventId, userId, email],
        ),
      ),

    /** Nothing when a live registration of that person exists (the partial unique indexes). */
    insertRegistration: (r: NewRegistration) =>
      one(
        query<EventRegistrationRow>(
          db,
          'events.insertRegistration',
          `INSERT INTO event_registrations AS r (territory_id, event_id, user_id, name, email, phone, status, channel,
             confirm_token_hash, cancel_token_hash, recorded_by, created_at, confirmed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $7 = 'UNCONFIRMED' THEN NULL ELSE $12::timestamptz END)
           ON CONFLICT DO NOTHING RETURNING ${REGISTRATION}`,
          [
            r.territoryId,
            r.eventId,
            r.userId,
            r.name,
            r.email,
            r.phone,
            r.status,
            r.channel,
            r.confirmTokenHash,
            r.cancelTokenHash,
            r.recordedBy,
            r.at,
          ],
        ),
      ),

    /** A new emailed link replaces the previous one (the latest email is the one that works). */
    setTokens: (territoryId: string, id: string, tokens: { confirm?: string | null; cancel?: string | null }) =>
      query(
        db,
        'events.setRegistrationTokens',
        `UPDATE event_registrations SET confirm_token_hash = CASE WHEN $3 THEN $4 ELSE confirm_token_hash END,
           cancel_token_hash = CASE WHEN $5 THEN $6 ELSE cancel_token_hash END
         WHERE territory_id = $1 AND id = $2`,
        [territoryId, id, 'confirm' in tokens, tokens.confirm ?? null, 'cancel' in tokens, tokens.cancel ?? null],
      ),

    byConfirmToken: (territoryId: string, hash: string) =>
      one(
        query<EventRegistrationRow>(
          db,
          'events.registrationByConfirmToken',
          `SELECT ${REGISTRATION} FROM event_registrations r WHERE r.territory_id = $1 AND r.confirm_token_hash = $2`,
          [territoryId, hash],
        ),
      ),

    byCancelToken: (territoryId: string, hash: string) =>
      one(
        query<EventRegistrationRow>(
          db,
          'events.registrationByCancelToken',
          `SELECT ${REGISTRATION} FROM event_registrations r WHERE r.territory_id = $1 AND r.cancel_token_hash = $2`,
          [territoryId, hash],
        ),
      ),

    registrationsByIds: (territoryId: string, ids: readonly string[]) =>
      query<EventRegistrationRow>(
        db,
        'events.registrationsByIds',
        `SELECT ${REGISTRATION} FROM event_registrations r WHERE r.territory_id = $1 AND r.id = ANY($2::uuid[])`,
        [territoryId, ids],
      ),

    /** The confirmation of an emailed registration takes its place, or joins the waiting list. */
    confirm: (territoryId: string, id: string, status: 'CONFIRMED' | 'WAITING', at: Date) =>
      one(
        query<EventRegistrationRow>(
          db,
          'events.confirmRegistration',
          `UPDATE event_registrations r SET status = $3, confirm_token_hash = NULL, confirmed_at = $4
           WHERE r.territory_id = $1 AND r.id = $2 AND r.status = 'UNCONFIRMED' RETURNING ${REGISTRATION}`,
          [territoryId, id, status, at],
        ),
      ),

    cancel: (territoryId: string, id: string, at: Date) =>
      one(
        query<EventRegistrationRow & { previous: EventRegistrationStatus }>(
          db,
          'events.cancelRegistration',
          `UPDATE event_registrations r SET status = 'CANCELLED', cancelled_at = $3, confirm_token_hash = NULL
           FROM event_registrations old WHERE old.territory_id = r.territory_id AND old.id = r.id
             AND r.territory_id = $1 AND r.id = $2 AND r.status <> 'CANCELLED'
           RETURNING ${REGISTRATION}, old.status AS previous`,
          [territoryId, id, at],
        ),
      ),

    /** The first `count` waiting people (all when null), by arrival, take the places left. */
    promote: (territoryId: string, eventId: string, count: number | null, at: Date) =>
      query<ReminderRow>(
        db,
        'events.promoteWaiting',
        `UPDATE event_registrations r SET status = 'CONFIRMED', promoted_at = $4
         WHERE r.territory_id = $1 AND r.id IN (SELECT w.id FROM event_registrations w
           WHERE w.territory_id = $1 AND w.event_id = $2 AND w.status = 'WAITING' ORDER BY w.arrival LIMIT $3)
         RETURNING ${REGISTRATION}, r.cancel_token_hash`,
        [territoryId, eventId, count, at],
      ),

    /** Idempotent: checking in keeps the first time; nothing changes on a retry. */
    setCheckedIn: (territoryId: string, id: string, checkedIn: boolean, at: Date) =>
      one(
        query<EventRegistrationRow & { changed: boolean }>(
          db,
          'events.setCheckedIn',
          `UPDATE event_registrations r SET checked_in_at = CASE WHEN $3 THEN coalesce(old.checked_in_at, $4) ELSE NULL END
           FROM event_registrations old WHERE old.territory_id = r.territory_id AND old.id = r.id
             AND r.territory_id = $1 AND r.id = $2
           RETURNING ${REGISTRATION}, (old.checked_in_at IS NULL) = $3 AS changed`,
          [territoryId, id, checkedIn, at],
        ),
      ),

    /** Everyone with a live registration to the event, for the cancellation email. */
    liveOfEvent: (territoryId: string, eventId: string) =>
      query<EventRegistrationRow>(
        db,
        'events.liveRegistrationsOfEvent',
        `SELECT ${REGISTRATION} FROM event_registrations r
         WHERE r.territory_id = $1 AND r.event_id = $2 AND r.status IN ('CONFIRMED', 'WAITING') ORDER BY r.arrival`,
        [territoryId, eventId],
      ),

    listRegistrations: (
      territoryId: string,
      eventId: string,
      page: Page,
      filter: { status?: EventRegistrationStatus | null; search?: string | null },
    ) => {
      const { where, params, add } = conditions('r.territory_id = ?', territoryId);
      add('r.event_id = ?', eventId);
      if (filter.status) add('r.status = ?', filter.status);
      for (const word of filter.search?.split(/\s+/).filter(Boolean) ?? []) {
        add(
          `unaccent(concat_ws(' ', r.name, r.email, r.phone, regexp_replace(r.phone, '\\D', '', 'g'))) ILIKE '%' || unaccent(?) || '%'`,
          likeEscape(word),
        );
      }
      return listPage<EventRegistrationRow & { sortKey: string }>(db, page, {
        name: 'events.listRegistrations',
        select: `${REGISTRATION}, ${LIST_ORDER} AS sort_key`,
        from: 'event_registrations r',
        where,
        params,
        sortExpr: LIST_ORDER,
        idExpr: 'r.id',
        sortKeyOf: (r: { sortKey: string }) => r.sortKey,
      });
    },

    /** Ranks on the waiting lists of the given registrations (1 = next promoted). */
    waitingRanks: (territoryId: string, ids: readonly string[]) =>
      query<{ territoryId: string; id: string; rank: number }>(
        db,
        'events.waitingRanks',
        `SELECT r.territory_id, r.id, (SELECT count(*)::int FROM event_registrations w
           WHERE w.territory_id = r.territory_id AND w.event_id = r.event_id AND w.status = 'WAITING' AND w.arrival <= r.arrival) AS rank
         FROM event_registrations r WHERE r.territory_id = $1 AND r.id = ANY($2::uuid[]) AND r.status = 'WAITING'`,
        [territoryId, ids],
      ),

    /** The viewer's live registration to each event. */
    viewerRegistrations: (territoryId: string, eventIds: readonly string[], userId: string) =>
      query<EventRegistrationRow>(
        db,
        'events.viewerRegistrations',
        `SELECT ${REGISTRATION} FROM event_registrations r
         WHERE r.territory_id = $1 AND r.event_id = ANY($2::uuid[]) AND r.user_id = $3 AND r.status <> 'CANCELLED'`,
        [territoryId, eventIds, userId],
      ),
  };
}
