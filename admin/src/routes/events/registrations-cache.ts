import type { ApolloCache, Reference } from '@apollo/client';

interface Connection {
  totalCount: number;
  edges: readonly { node: Reference }[];
}

/**
 * A registration staff just recorded joins the event's registrants' lists held in the cache (those
 * not narrowed by a search, which may not match it), instead of asking the server for them again.
 */
export function addRegistrationToList(
  cache: ApolloCache,
  eventId: string,
  registration: { __typename?: 'EventRegistration'; id: string },
) {
  const ref = cache.identify({ __typename: 'EventRegistration', id: registration.id });
  if (!ref) return;
  cache.modify<{ registrations: Connection }>({
    id: cache.identify({ __typename: 'ParticipationEvent', id: eventId }),
    fields: {
      registrations(existing, { storeFieldName, readField }) {
        const list = existing as Connection;
        if (/"search"|"status"/.test(storeFieldName)) return list;
        if (list.edges.some((e) => readField('id', e.node) === registration.id)) return list;
        const edge = { __typename: 'EventRegistrationEdge', cursor: '', node: { __ref: ref } };
        return { ...list, totalCount: list.totalCount + 1, edges: [...list.edges, edge] };
      },
    },
  });
}
