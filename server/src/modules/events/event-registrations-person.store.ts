import { query, type Queryable } from '../../shared/sql.js';
import { REGISTRATION } from './event-registrations.store.js';
import type { EventRegistrationRow } from './events.types.js';

/**
 * One person's registrations across territories (their account's list, data export, erasure). These read
 * by user id alone: PostgreSQL 18 can serve them from the (territory_id, user_id) index by skip scan, the
 * territories being few, and a resident registered through an emailed link may hold no membership to read
 * their territories from.
 */
export function createPersonRegistrationsStore(db: Queryable) {
  return {
    /** Live registrations to events neither ended nor cancelled, soonest first. */
    upcomingOfUser: (userId: string, now: Date) =>
      query<EventRegistrationRow>(
        db,
        'events.upcomingRegistrationsOfUser',
        `SELECT ${REGISTRATION} FROM event_registrations r
         JOIN participation_events e ON e.territory_id = r.territory_id AND e.id = r.event_id
         WHERE r.user_id = $1 AND r.status <> 'CANCELLED' AND e.ends_at > $2 AND e.status <> 'CANCELLED'
         ORDER BY e.starts_at, r.arrival`,
        [userId, now],
      ),

    ofUser: (userId: string) =>
      query<EventRegistrationRow & { eventTitle: string; eventStartsAt: Date }>(
        db,
        'events.registrationsOfUser',
        `SELECT ${REGISTRATION}, e.title AS event_title, e.starts_at AS event_starts_at
         FROM event_registrations r JOIN participation_events e ON e.territory_id = r.territory_id AND e.id = r.event_id
         WHERE r.user_id = $1 ORDER BY r.created_at`,
        [userId],
      ),

    /** Erasure: the person leaves the lists; the registration's state stays counted. */
    eraseUser: (userId: string, at: Date) =>
      query(
        db,
        'events.eraseRegistrationsOfUser',
        `UPDATE event_registrations SET user_id = NULL, name = NULL, email = NULL, phone = NULL,
           confirm_token_hash = NULL, cancel_token_hash = NULL, contact_erased_at = $2 WHERE user_id = $1`,
        [userId, at],
      ),
  };
}
