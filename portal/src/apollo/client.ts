import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** One client for the portal; lists are Relay connections merged page after page. */
export const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({
    typePolicies: {
      Territory: {
        keyFields: ['code'],
        fields: {
          actions: relayStylePagination(['filter']),
          ideas: relayStylePagination(['filter', 'sort']),
          // `first` is a key too: the territory page's next three are not the agenda's first page.
          events: relayStylePagination(['filter', 'first']),
        },
      },
      Programmation: { fields: { actions: relayStylePagination(['filter']) } },
      Quartier: { fields: { actions: relayStylePagination(['filter']), ideas: relayStylePagination(['sort']) } },
      Idea: { fields: { comments: relayStylePagination() } },
      // Abilities have no id: pages ask for different ones of the same territory, merged, not replaced.
      TerritoryAbilities: { merge: true },
    },
  }),
});
