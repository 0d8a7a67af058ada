import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { ApolloProvider } from '@apollo/client/react';
import { Route, Router, Switch } from 'wouter';
import { Shell } from './ui/Shell';
import { SectionGate } from './ui/SectionGate';
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
          moderationQueue: relayStylePagination(['filter']),
          ideaQueue: relayStylePagination(['filter']),
          events: relayStylePagination(['filter']),
          indicators: relayStylePagination(['filter']),
          operators: relayStylePagination(['filter']),
        },
      },
      Programmation: { fields: { actions: relayStylePagination(['filter', 'orderBy']) } },
      ParticipationEvent: { fields: { registrations: relayStylePagination(['filter']) } },
      // Abilities have no id: the session and each page ask for different ones of the same territory;
      // replaced rather than merged, each query would find its fields gone and fetch again, forever.
      TerritoryAbilities: { merge: true },
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
const Identity = lazy(() => import('./routes/Identity').then((m) => ({ default: m.Identity })));
const AuditLog = lazy(() => import('./routes/AuditLog').then((m) => ({ default: m.AuditLog })));
const ModerationQueue = lazy(() => import('./routes/ModerationQueue').then((m) => ({ default: m.ModerationQueue })));
const IdeaQueue = lazy(() => import('./routes/ideas/IdeaQueue').then((m) => ({ default: m.IdeaQueue })));
const IdeaDetail = lazy(() => import('./routes/ideas/IdeaDetail').then((m) => ({ default: m.IdeaDetail })));
const IdeaRecord = lazy(() => import('./routes/ideas/IdeaRecord').then((m) => ({ default: m.IdeaRecord })));
const IdeaFigures = lazy(() => import('./routes/ideas/IdeaFigures').then((m) => ({ default: m.IdeaFigures })));
const EventList = lazy(() => import('./routes/events/EventList').then((m) => ({ default: m.EventList })));
const EventNew = lazy(() => import('./routes/events/EventNew').then((m) => ({ default: m.EventNew })));
const EventFigures = lazy(() => import('./routes/events/EventFigures').then((m) => ({ default: m.EventFigures })));
const EventDetail = lazy(() => import('./routes/events/EventDetail').then((m) => ({ default: m.EventDetail })));
const CheckIn = lazy(() => import('./routes/events/CheckIn').then((m) => ({ default: m.CheckIn })));
const Contracts = lazy(() => import('./routes/contract/Contracts').then((m) => ({ default: m.Contracts })));
const ContractTree = lazy(() => import('./routes/contract/ContractTree').then((m) => ({ default: m.ContractTree })));
const Indicators = lazy(() => import('./routes/contract/Indicators').then((m) => ({ default: m.Indicators })));
const ProgrammationYears = lazy(() =>
  import('./routes/programmation/ProgrammationYears').then((m) => ({ default: m.ProgrammationYears })),
);
const ProgrammationYear = lazy(() =>
  import('./routes/programmation/ProgrammationYear').then((m) => ({ default: m.ProgrammationYear })),
);
const ActionPage = lazy(() => import('./routes/programmation/ActionPage').then((m) => ({ default: m.ActionPage })));
const Operators = lazy(() => import('./routes/programmation/Operators').then((m) => ({ default: m.Operators })));
const Funders = lazy(() => import('./routes/programmation/Funders').then((m) => ({ default: m.Funders })));
const EventOutcomes = lazy(() => import('./routes/events/EventOutcomes').then((m) => ({ default: m.EventOutcomes })));
const ProgrammationImport = lazy(() =>
  import('./routes/programmation-import/ProgrammationImport').then((m) => ({ default: m.ProgrammationImport })),
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <Router base="/admin">
        <Shell>
          <Suspense fallback={<p role="status">Chargement…</p>}>
            <Switch>
              <Route path="/" component={Dashboard} />
              <Route path="/:code">{() => <SectionGate section="data" page={TerritoryData} />}</Route>
              <Route path="/:code/membres">{() => <SectionGate section="members" page={Members} />}</Route>
              <Route path="/:code/conseils">{() => <SectionGate section="councils" page={Councils} />}</Route>
              <Route path="/:code/emails">{() => <SectionGate section="outbox" page={Outbox} />}</Route>
              <Route path="/:code/identite">{() => <SectionGate section="identity" page={Identity} />}</Route>
              <Route path="/:code/journal">{() => <SectionGate section="journal" page={AuditLog} />}</Route>
              <Route path="/:code/moderation">
                {() => <SectionGate section="moderation" page={ModerationQueue} />}
              </Route>
              <Route path="/:code/idees">{() => <SectionGate section="ideas" page={IdeaQueue} />}</Route>
              {/* Before « :ideaId », which would take « nouvelle » and « chiffres » for ids. */}
              <Route path="/:code/idees/nouvelle">{() => <SectionGate section="ideas" page={IdeaRecord} />}</Route>
              <Route path="/:code/idees/chiffres">{() => <SectionGate section="ideas" page={IdeaFigures} />}</Route>
              <Route path="/:code/idees/:ideaId">{() => <SectionGate section="ideas" page={IdeaDetail} />}</Route>
              <Route path="/:code/evenements">{() => <SectionGate section="events" page={EventList} />}</Route>
              {/* Before « :eventId », which would take « nouveau » and « chiffres » for ids. */}
              <Route path="/:code/evenements/nouveau">{() => <SectionGate section="events" page={EventNew} />}</Route>
              <Route path="/:code/evenements/chiffres">
                {() => <SectionGate section="events" page={EventFigures} />}
              </Route>
              <Route path="/:code/evenements/:eventId">
                {() => <SectionGate section="events" page={EventDetail} />}
              </Route>
              <Route path="/:code/evenements/:eventId/presences">
                {() => <SectionGate section="events" page={CheckIn} />}
              </Route>
              <Route path="/:code/evenements/:eventId/compte-rendu">
                {() => <SectionGate section="events" page={EventOutcomes} />}
              </Route>
              <Route path="/:code/programmation">
                {() => <SectionGate section="programmation" page={ProgrammationYears} />}
              </Route>
              <Route path="/:code/contrat">{() => <SectionGate section="contract" page={Contracts} />}</Route>
              <Route path="/:code/contrat/:contractId">
                {() => <SectionGate section="contract" page={ContractTree} />}
              </Route>
              <Route path="/:code/indicateurs">{() => <SectionGate section="contract" page={Indicators} />}</Route>
              {/* Before « :year », which would take « import » for a year. */}
              <Route path="/:code/programmation/import">
                {() => <SectionGate section="programmation" page={ProgrammationImport} />}
              </Route>
              <Route path="/:code/programmation/:year">
                {() => <SectionGate section="programmation" page={ProgrammationYear} />}
              </Route>
              {/* « nouvelle » and an id share one page: the form, empty or filled. */}
              <Route path="/:code/programmation/:year/actions/:actionId">
                {() => <SectionGate section="programmation" page={ActionPage} />}
              </Route>
              <Route path="/:code/porteurs">{() => <SectionGate section="programmation" page={Operators} />}</Route>
              <Route path="/:code/financeurs">{() => <SectionGate section="programmation" page={Funders} />}</Route>
              <Route path="/:code/rapports">{() => <SectionGate section="reports" page={Reports} />}</Route>
              <Route path="/:code/rapports/:year">{() => <SectionGate section="reports" page={ReportDetail} />}</Route>
            </Switch>
          </Suspense>
        </Shell>
      </Router>
    </ApolloProvider>
  </StrictMode>,
);
