import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { ApolloProvider } from '@apollo/client/react';
import { Route, Router, Switch } from 'wouter';
import { Shell } from './ui/Shell';
import './ui/styles.css';

const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache({
    typePolicies: {
      Territory: {
        keyFields: ['code'],
        fields: {
          members: relayStylePagination(['filter']),
          emailOutbox: relayStylePagination(['filter']),
          auditLog: relayStylePagination(['filter']),
        },
      },
    },
  }),
});

/** Each console feature is its own chunk, loaded when staff open it. */
const Dashboard = lazy(() => import('./routes/Dashboard').then((m) => ({ default: m.Dashboard })));
const TerritoryData = lazy(() => import('./routes/TerritoryData').then((m) => ({ default: m.TerritoryData })));
const Members = lazy(() => import('./routes/Members').then((m) => ({ default: m.Members })));
const Councils = lazy(() => import('./routes/Councils').then((m) => ({ default: m.Councils })));
const Outbox = lazy(() => import('./routes/Outbox').then((m) => ({ default: m.Outbox })));
const Reports = lazy(() => import('./routes/Reports').then((m) => ({ default: m.Reports })));
const ReportDetail = lazy(() => import('./routes/ReportDetail').then((m) => ({ default: m.ReportDetail })));
const AuditLog = lazy(() => import('./routes/AuditLog').then((m) => ({ default: m.AuditLog })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Router base="/admin">
        <Shell>
          <Suspense fallback={<p role="status">Chargement…</p>}>
            <Switch>
              <Route path="/" component={Dashboard} />
              <Route path="/:code" component={TerritoryData} />
              <Route path="/:code/membres" component={Members} />
              <Route path="/:code/conseils" component={Councils} />
              <Route path="/:code/emails" component={Outbox} />
              <Route path="/:code/journal" component={AuditLog} />
              <Route path="/:code/rapports" component={Reports} />
              <Route path="/:code/rapports/:year" component={ReportDetail} />
            </Switch>
          </Suspense>
        </Shell>
      </Router>
    </ApolloProvider>
  </StrictMode>,
);
