import { createBrowserRouter } from 'react-router';
import { Layout } from './ui/Layout';
import { TerritoriesPage } from './routes/TerritoriesPage';
import { RouteError } from './ui/States';

/** Route chunks load on demand: the first page ships only what it needs. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <TerritoriesPage /> },
      { path: '/:code', lazy: async () => ({ Component: (await import('./routes/TerritoryPage')).TerritoryPage }) },
      {
        path: '/:code/contrats/:contractId',
        lazy: async () => ({ Component: (await import('./routes/ContractPage')).ContractPage }),
      },
      {
        path: '/:code/quartiers/:quartierId',
        lazy: async () => ({ Component: (await import('./routes/QuartierPage')).QuartierPage }),
      },
      {
        path: '/:code/programmation/:year',
        lazy: async () => ({ Component: (await import('./routes/ProgrammationPage')).ProgrammationPage }),
      },
      {
        path: '/:code/actions/:actionId',
        lazy: async () => ({ Component: (await import('./routes/ActionPage')).ActionPage }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./ui/States')).NotFound }) },
    ],
  },
]);
