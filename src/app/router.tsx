import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout.tsx';
import { ClaimsRoute } from './routes/claims.tsx';
import { DealRoute } from './routes/deal.tsx';
import { DealsRoute } from './routes/deals.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PairsRoute } from './routes/pairs.tsx';
import { OverviewRoute } from './routes/overview.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SharesRoute } from './routes/shares.tsx';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: 'shares', element: <SharesRoute /> },
          { path: 'deals', element: <DealsRoute /> },
          { path: 'deals/:id', element: <DealRoute /> },
          { path: 'pairs', element: <PairsRoute /> },
          { path: 'claims', element: <ClaimsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
