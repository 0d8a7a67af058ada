import type { ApolloCache } from '@apollo/client';

/**
 * After a new idea or a merge, the territory's lists and figures no longer hold (an idea joins the
 * queue, merged ones leave it): they are dropped from the cache, and the pages showing them ask again.
 */
export function forgetIdeaLists(cache: ApolloCache, code: string) {
  const id = cache.identify({ __typename: 'Territory', code });
  for (const fieldName of ['ideaQueue', 'ideas', 'similarIdeas', 'ideaFigures']) cache.evict({ id, fieldName });
  cache.gc();
}
