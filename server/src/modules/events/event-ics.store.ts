import { query, type Queryable } from '../../shared/sql.js';
import type { EventRow } from './events.types.js';
import { EVENT } from './event-core.store.js';

/** At most this many events in a feed: a calendar app re-reads it every few hours. */
const FEED_LIMIT = 500;

/** The events of a territory's iCalendar feed. */
export function createEventIcsStore(db: Queryable) {
  return {
    /** Not ended before `since` (cancelled ones included: subscribed calendars then drop them), soonest first. */
    feedEvents: (territoryId: string, since: Date) =>
      query<EventRow>(
        db,
        'events.feedEvents',
        `SELECT ${EVENT} FROM participation_events e WHERE e.territory_id = $1 AND e.ends_at >= $2
         ORDER BY e.ends_at, e.id LIMIT ${FEED_LIMIT}`,
        [territoryId, since],
      ),
  };
}
