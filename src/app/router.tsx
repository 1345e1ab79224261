import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { OverviewRoute } from './routes/overview.tsx';
import { RouteError } from './routes/route-error.tsx';

// The explorers load with their route: the overview's first chart does not wait for their code.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: 'shares', lazy: async () => ({ Component: (await import('./routes/shares.tsx')).SharesRoute }) },
          { path: 'deals', lazy: async () => ({ Component: (await import('./routes/deals.tsx')).DealsRoute }) },
          { path: 'deals/:id', lazy: async () => ({ Component: (await import('./routes/deal.tsx')).DealRoute }) },
          { path: 'pairs', lazy: async () => ({ Component: (await import('./routes/pairs.tsx')).PairsRoute }) },
          { path: 'claims', lazy: async () => ({ Component: (await import('./routes/claims.tsx')).ClaimsRoute }) },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
