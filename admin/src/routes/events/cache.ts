import type { ApolloCache } from '@apollo/client';

/**
 * After an event is created, changes dates, status or attendance, the territory's lists and figures
 * no longer hold (it moves between « à venir » and « passés », its counts change): they are dropped
 * from the cache, and the pages showing them ask again when opened.
 */
export function forgetEventLists(cache: ApolloCache, code: string) {
  const id = cache.identify({ __typename: 'Territory', code });
  for (const fieldName of ['events', 'eventFigures']) cache.evict({ id, fieldName });
  cache.gc();
}
