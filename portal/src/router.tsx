import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { TerritoriesPage } from './routes/TerritoriesPage';
import { Loading, NotFound } from './ui/States';

/** Route chunks load on demand: the first page ships only what it needs. */
const TerritoryPage = lazy(() => import('./routes/TerritoryPage').then((m) => ({ default: m.TerritoryPage })));
const ContractPage = lazy(() => import('./routes/ContractPage').then((m) => ({ default: m.ContractPage })));
const QuartierPage = lazy(() => import('./routes/QuartierPage').then((m) => ({ default: m.QuartierPage })));
const ProgrammationPage = lazy(() =>
  import('./routes/ProgrammationPage').then((m) => ({ default: m.ProgrammationPage })),
);
const account = () => import('./routes/account');
const SignInPage = lazy(() => account().then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => account().then((m) => ({ default: m.SignUpPage })));
const AccountPage = lazy(() => account().then((m) => ({ default: m.AccountPage })));
const AccountDeletedPage = lazy(() => account().then((m) => ({ default: m.AccountDeletedPage })));
const TokenLandingPage = lazy(() => account().then((m) => ({ default: m.TokenLandingPage })));
const ForgotPasswordPage = lazy(() => account().then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => account().then((m) => ({ default: m.ResetPasswordPage })));
const AcceptInvitationPage = lazy(() => account().then((m) => ({ default: m.AcceptInvitationPage })));
const report = () => import('./routes/report');
const ReportsPage = lazy(() => report().then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => report().then((m) => ({ default: m.ReportPage })));
const PrivacyPage = lazy(() => import('./routes/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));
const ideas = () => import('./routes/ideas');
const IdeasPage = lazy(() => ideas().then((m) => ({ default: m.IdeasPage })));
const ProposeIdeaPage = lazy(() => ideas().then((m) => ({ default: m.ProposeIdeaPage })));
const ConfirmIdeaPage = lazy(() => ideas().then((m) => ({ default: m.ConfirmIdeaPage })));
const IdeaPage = lazy(() => ideas().then((m) => ({ default: m.IdeaPage })));
const events = () => import('./routes/events');
const EventsPage = lazy(() => events().then((m) => ({ default: m.EventsPage })));
const PastEventsPage = lazy(() => events().then((m) => ({ default: m.PastEventsPage })));
const EventPage = lazy(() => events().then((m) => ({ default: m.EventPage })));
const ConfirmRegistrationPage = lazy(() => events().then((m) => ({ default: m.ConfirmRegistrationPage })));
const CancelRegistrationPage = lazy(() => events().then((m) => ({ default: m.CancelRegistrationPage })));
const FiguresPage = lazy(() => import('./routes/events/FiguresPage').then((m) => ({ default: m.FiguresPage })));
const OpenDataPage = lazy(() => import('./routes/OpenDataPage').then((m) => ({ default: m.OpenDataPage })));
const ActionPage = lazy(() => import('./routes/ActionPage').then((m) => ({ default: m.ActionPage })));

export function Routes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={TerritoriesPage} />
        <Route path="/compte" component={AccountPage} />
        <Route path="/compte/connexion" component={SignInPage} />
        <Route path="/compte/inscription" component={SignUpPage} />
        <Route path="/compte/verifier">{() => <TokenLandingPage purpose="verify" />}</Route>
        <Route path="/compte/lien">{() => <TokenLandingPage purpose="signIn" />}</Route>
        <Route path="/compte/mot-de-passe-oublie" component={ForgotPasswordPage} />
        <Route path="/compte/nouveau-mot-de-passe" component={ResetPasswordPage} />
        <Route path="/compte/supprime" component={AccountDeletedPage} />
        <Route path="/invitation" component={AcceptInvitationPage} />
        <Route path="/confidentialite" component={PrivacyPage} />
        <Route path="/:code" component={TerritoryPage} />
        <Route path="/:code/contrats/:contractId" component={ContractPage} />
        <Route path="/:code/quartiers/:quartierId" component={QuartierPage} />
        <Route path="/:code/programmation/:year" component={ProgrammationPage} />
        <Route path="/:code/actions/:actionId" component={ActionPage} />
        <Route path="/:code/rapports" component={ReportsPage} />
        <Route path="/:code/idees" component={IdeasPage} />
        <Route path="/:code/idees/proposer" component={ProposeIdeaPage} />
        <Route path="/:code/idees/confirmer" component={ConfirmIdeaPage} />
        <Route path="/:code/idees/:ideaId" component={IdeaPage} />
        <Route path="/:code/rapports/:year" component={ReportPage} />
        <Route path="/:code/evenements" component={EventsPage} />
        <Route path="/:code/evenements/passes" component={PastEventsPage} />
        <Route path="/:code/evenements/confirmer" component={ConfirmRegistrationPage} />
        <Route path="/:code/evenements/annuler" component={CancelRegistrationPage} />
        <Route path="/:code/evenements/:eventId" component={EventPage} />
        <Route path="/:code/participation" component={FiguresPage} />
        <Route path="/:code/donnees-ouvertes" component={OpenDataPage} />
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}
