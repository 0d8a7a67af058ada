import type { ApolloCache, Reference } from '@apollo/client';

/**
 * A version's change answers with all the versions of its contract: each of them (the new draft
 * included) is given that list, so the page's grouping by contract reads the same from any of them.
 */
export function shareVersions(cache: ApolloCache, versions: readonly { id: string }[]) {
  for (const v of versions) {
    cache.modify({
      id: cache.identify({ __typename: 'Contract', id: v.id }),
      fields: {
        versions: (_existing, { toReference }) =>
          versions.map((other) => toReference({ __typename: 'Contract', id: other.id }) as Reference),
      },
    });
  }
}
