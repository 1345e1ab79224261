import { flushSync } from 'react-dom';
import { createBrowserRouter, RouterProvider, type RouteObject, type RouterProviderProps } from 'react-router';
import { LiveRouterContext } from '../lib/live-router.ts';
import { Layout } from './layout.tsx';
import { PAGE_PATHS } from './page-paths.ts';
import { NotFoundRoute } from './routes/not-found.tsx';
import { OverviewRoute } from './routes/overview.tsx';
import { RouteError } from './routes/route-error.tsx';

// The pages' paths are PAGE_PATHS (absolute, so that the server reads the same list); any other path is NotFoundRoute.
// The explorers load with their route: the overview's first chart does not wait for their code. Opened first, such a
// page renders before its code is in: the layout with a loading line (React Router's HydrateFallback), not nothing.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: PAGE_PATHS.shares, lazy: async () => ({ Component: (await import('./routes/shares.tsx')).SharesRoute }) },
          { path: PAGE_PATHS.deals, lazy: async () => ({ Component: (await import('./routes/deals.tsx')).DealsRoute }) },
          { path: PAGE_PATHS.deal, lazy: async () => ({ Component: (await import('./routes/deal.tsx')).DealRoute }) },
          { path: PAGE_PATHS.pairs, lazy: async () => ({ Component: (await import('./routes/pairs.tsx')).PairsRoute }) },
          { path: PAGE_PATHS.claims, lazy: async () => ({ Component: (await import('./routes/claims.tsx')).ClaimsRoute }) },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
  // Views for other sites' iframes: the chart alone, without the header, menu and footer (server/framing.ts lets any
  // site frame these paths only). Their code loads with them.
  {
    path: 'embed',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <NotFoundRoute /> },
      { path: PAGE_PATHS.embedShares, lazy: async () => ({ Component: (await import('./routes/embed-shares.tsx')).EmbedSharesRoute }) },
      { path: PAGE_PATHS.embedPairs, lazy: async () => ({ Component: (await import('./routes/embed-pairs.tsx')).EmbedPairsRoute }) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

function PageLoading() {
  return (
    <p className="status" role="status">
      Loading the page…
    </p>
  );
}

export function createRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

const flushRouterUpdate = (update: () => unknown) => void flushSync(update);

/**
 * React Router's provider with ReactDOM's flushSync, so a navigation asked with `{ flushSync: true }` (a slider
 * step) renders at once instead of in a transition. react-router/dom's provider does the same, but under vitest
 * it loads React Router's CommonJS build beside the ESM one, and the routes would not see its context. It also
 * hands the router itself down, for useLiveRouter (src/lib/live-router.ts).
 */
export function AppRouterProvider({ router }: Pick<RouterProviderProps, 'router'>) {
  return (
    <LiveRouterContext value={router}>
      <RouterProvider router={router} flushSync={flushRouterUpdate} />
    </LiveRouterContext>
  );
}
