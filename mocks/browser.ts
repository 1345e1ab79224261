import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import { cachedLoader, DATASET_PATH, fetchDataset, fetchStories, type LoadProgress } from '../core/dataset/load.ts';

/**
 * Starts the mock API in the page: the service worker forwards `/api/*` requests here. The dataset is a
 * static file beside the app; loading it up front lets the app show progress before its first request.
 */
export async function startMockApi(onProgress: (progress: LoadProgress) => void) {
  const base = import.meta.env.BASE_URL;
  const getDataset = cachedLoader(() => fetchDataset(`${base}${DATASET_PATH}`, onProgress));
  const getStories = cachedLoader(() => fetchStories(base));
  // The download and the worker's registration do not depend on each other: run them side by side. The
  // caller awaits getDataset(), which reports a failure (this early start only keeps it from going unhandled).
  void getDataset().catch(() => undefined);
  const worker = setupWorker(...createHandlers({ getDataset, getStories }));
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return getDataset;
}
