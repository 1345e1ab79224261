import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { AppRouterProvider, routes } from '../src/app/router.tsx';
import { queryDefaults } from '../src/lib/react-query.ts';

/** The real routes and providers in memory, with a fresh cache and no retries, at the given URL. */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { ...queryDefaults.queries, retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <AppRouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
