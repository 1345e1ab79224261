import type { QueryClient } from '@tanstack/react-query';

/**
 * Runs `work` once the first page has its data and the browser is idle: for loading what later pages need without
 * holding up the first chart. Falls back to a timer for a page that asks for nothing.
 */
export function afterFirstView(queryClient: QueryClient, work: () => void): void {
  const cache = queryClient.getQueryCache();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    unsubscribe();
    clearTimeout(fallback);
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
    else setTimeout(work, 200);
  };
  const unsubscribe = cache.subscribe(() => {
    if (queryClient.isFetching() === 0 && cache.getAll().some((query) => query.state.status === 'success')) start();
  });
  const fallback = setTimeout(start, 5000);
}
