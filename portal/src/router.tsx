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
const ActionPage = lazy(() => import('./routes/ActionPage').then((m) => ({ default: m.ActionPage })));

export function Routes() {
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/" component={TerritoriesPage} />
        <Route path="/:code" component={TerritoryPage} />
        <Route path="/:code/contrats/:contractId" component={ContractPage} />
        <Route path="/:code/quartiers/:quartierId" component={QuartierPage} />
        <Route path="/:code/programmation/:year" component={ProgrammationPage} />
        <Route path="/:code/actions/:actionId" component={ActionPage} />
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}
