import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

export const queryDefaults = {
  queries: {
    // The data changes once a release: nothing goes stale while the app is open.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    // A 4xx answer will not change on retry; a network failure might.
    retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
