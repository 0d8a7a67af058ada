import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Shell } from './ui/Shell';
import './ui/styles.css';

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({ typePolicies: { Territory: { keyFields: ['code'] } } }),
});

/** Each console feature is its own chunk, loaded when staff open it. */
const router = createBrowserRouter(
  [
    {
      element: <Shell />,
      children: [
        { index: true, lazy: async () => ({ Component: (await import('./routes/Dashboard')).Dashboard }) },
        { path: ':code', lazy: async () => ({ Component: (await import('./routes/TerritoryData')).TerritoryData }) },
      ],
    },
  ],
  { basename: '/admin' },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
