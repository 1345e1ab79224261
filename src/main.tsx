import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCountriesQueryOptions } from './api/get-countries.ts';
import { getMetaQueryOptions } from './api/get-meta.ts';
import { afterFirstView } from './app/after-first-view.ts';
import { Boot, type StartApi } from './app/boot.tsx';
import { replaceSnapshotWhenDrawn } from './app/boot-snapshot.ts';
import { AppRouterProvider, createRouter } from './app/router.tsx';
import { createQueryClient } from './lib/react-query.ts';
import './styles.css';

// The mock API's code is asked for now, before React renders anything: evaluating it (~100 ms on a slow machine) then
// overlaps the first render rather than following it. Not part of the app's first bundle: it is its own chunk.
const mockApiModule = import.meta.env.VITE_API_MOCKING === 'off' ? null : import('../mocks/browser.ts');
let mockApi: Promise<import('../mocks/browser.ts').MockApi> | null = null;

/**
 * The mock API runs unless a real server is configured (VITE_API_MOCKING=off): the boot screen shows its dataset's
 * download. A real server has nothing to start (null): the app renders at once.
 */
const startApi: StartApi | null = mockApiModule && (async (onProgress) => {
  // Started once; a retry after a failed dataset download starts it again, and fetches again.
  mockApi ??= mockApiModule.then(({ startMockApi }) => startMockApi(onProgress));
  try {
    const api = await mockApi;
    await api.getDataset();
    prefetchReferenceData();
    afterFirstView(queryClient, api.prefetchRest);
  } catch (error) {
    mockApi = null;
    throw error;
  }
});

/**
 * What every explorer reads before its URL (ReferenceData): asked for as soon as the API answers, while React renders
 * the page, rather than after, so that a page's own request does not wait for two round trips.
 */
function prefetchReferenceData() {
  void queryClient.prefetchQuery(getMetaQueryOptions());
  void queryClient.prefetchQuery(getCountriesQueryOptions());
}

const queryClient = createQueryClient();
const router = createRouter();
if (!startApi) prefetchReferenceData();

const root = document.getElementById('root')!;
replaceSnapshotWhenDrawn(root);
createRoot(root).render(
  <StrictMode>
    <Boot start={startApi}>
      <QueryClientProvider client={queryClient}>
        <AppRouterProvider router={router} />
      </QueryClientProvider>
    </Boot>
  </StrictMode>,
);
