import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Route, Router, Switch } from 'wouter';
import { Shell } from './ui/Shell';
import './ui/styles.css';

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({ typePolicies: { Territory: { keyFields: ['code'] } } }),
});

/** Each console feature is its own chunk, loaded when staff open it. */
const Dashboard = lazy(() => import('./routes/Dashboard').then((m) => ({ default: m.Dashboard })));
const TerritoryData = lazy(() => import('./routes/TerritoryData').then((m) => ({ default: m.TerritoryData })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Router base="/admin">
        <Shell>
          <Suspense fallback={<p role="status">Chargement…</p>}>
            <Switch>
              <Route path="/" component={Dashboard} />
              <Route path="/:code" component={TerritoryData} />
            </Switch>
          </Suspense>
        </Shell>
      </Router>
    </ApolloProvider>
  </StrictMode>,
);
