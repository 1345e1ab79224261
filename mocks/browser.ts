// First: before msw reads the storage.
import './storage-fallback.ts';
import { getResponse, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import { WORKER_URL } from './worker-url.ts';
import { createDataSources, type LoadProgress } from '../core/dataset/load.ts';


export interface MockApi {
  /** The dataset (the flows), which the first chart needs: the app waits for it before it renders. */
  getDataset: () => Promise<unknown>;
  /** Loads the orders and the deals register now rather than on first need; a failure waits for that need. */
  prefetchRest: () => void;
}

/**
 * Starts the mock API in the page. The page's own requests to `/api/*` are answered here, by the handlers; the
 * service worker answers what the page cannot intercept: an API address opened in a tab or followed as a link. The
 * data are static files beside the app; loading the flows up front lets the app show progress before its first
 * request.
 */
export async function startMockApi(onProgress: (progress: LoadProgress) => void): Promise<MockApi> {
  const base = import.meta.env.BASE_URL;
  const sources = createDataSources((path, progress) => fetchJson(`${base}${path}`, progress), onProgress);
  // The download and the worker's registration do not depend on each other: run them side by side. The
  // caller awaits getDataset(), which reports a failure (this early start only keeps it from going unhandled).
  void sources.getDataset().catch(() => undefined);
  // The same function each time: a second start (Retry) does not add it twice.
  window.addEventListener('unhandledrejection', ignoreFailedWorkerUpdate);
  const handlers = createHandlers(sources);
  answerInPage(handlers);
  try {
    await setupWorker(...handlers).start({
      serviceWorker: { url: WORKER_URL },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } catch {
    // No service worker here: a frame of another site where the browser blocks third-party storage (an embed in an
    // article), or a page not served over https. The app's requests are answered in the page all the same.
  }
  return {
    getDataset: sources.getDataset,
    prefetchRest: () => {
      void sources.getOrders().catch(() => undefined);
      void sources.getRegister().catch(() => undefined);
    },
  };
}

/** The page's fetch before answerInPage wrapped it: a second start (Retry) wraps it again, not the wrapper. */
const pageFetch = window.fetch.bind(window);

/**
 * Routes the page's own requests through the handlers; others go out as they are. Through the service worker, a
 * request and its answer crossed to the worker and back, twice, each crossing waiting for a busy page: ~10 ms of a
 * search keystroke's ~30. No network request shows in the browser's tools, so each answer is a performance measure
 * named by its path, from the request to the last byte of the answer (DevTools' Performance panel shows them).
 */
function answerInPage(handlers: RequestHandler[]) {
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return pageFetch(request);
    const start = performance.now();
    const answer = await getResponse(handlers, request);
    if (!answer) return pageFetch(request);
    const measured = () => void performance.measure(url.pathname, { start, detail: { search: url.search } });
    if (!answer.body) {
      measured();
      return answer;
    }
    const { status, statusText, headers } = answer;
    return new Response(answer.body.pipeThrough(new TransformStream({ flush: measured })), { status, statusText, headers });
  };
}

/**
 * msw's start() asks the browser to update its worker when it finds one registered, and lets that promise go, neither
 * awaited nor caught (its getWorkerInstance; mswjs/msw#2006). In one tab the worker unregisters itself as each page
 * unloads (msw's CLIENT_CLOSED, when no other page uses it); a load that looks before that removal is done finds the
 * registration being removed, and Chromium rejects its update with "Not found". The update is a check for a newer
 * script: when it fails, the page still works (the next load registers the worker again if need be). Left alone, the
 * rejection is an uncaught error in the page: this handles that one rejection, for this worker's script, and nothing
 * else.
 */
function ignoreFailedWorkerUpdate(event: PromiseRejectionEvent) {
  const message: unknown = (event.reason as { message?: unknown } | null)?.message;
  const script = new URL(WORKER_URL, location.href).href;
  if (typeof message === 'string' && message.startsWith('Failed to update a ServiceWorker') && message.includes(`('${script}')`)) {
    event.preventDefault();
  }
}

/** Fetches a JSON file, reporting bytes as they arrive when asked to. */
async function fetchJson(url: string, onProgress?: (progress: LoadProgress) => void): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} could not be downloaded (HTTP ${response.status}).`);
  const length = Number(response.headers.get('content-length'));
  // Content-Length counts compressed bytes when the server gzips, so it is only a hint for the bar.
  const total = length > 0 && !response.headers.get('content-encoding') ? length : null;
  if (!response.body || !onProgress) return response.json();

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes));
}
