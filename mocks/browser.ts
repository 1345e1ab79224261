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
 * Starts the mock API in the page: the service worker forwards `/api/*` requests here. The data are static files
 * beside the app; loading the flows up front lets the app show progress before its first request.
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
  try {
    await setupWorker(...handlers).start({
      serviceWorker: { url: WORKER_URL },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } catch {
    // No service worker here: a frame of another site where the browser blocks third-party storage (an embed in an
    // article), or a page not served over https. The same handlers then answer in the page itself.
    answerInPage(handlers);
  }
  return {
    getDataset: sources.getDataset,
    prefetchRest: () => {
      void sources.getOrders().catch(() => undefined);
      void sources.getRegister().catch(() => undefined);
    },
  };
}

/** Routes the page's own requests through the handlers (what the worker would forward); others go out as they are. */
function answerInPage(handlers: RequestHandler[]) {
  const pageFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const answer = new URL(request.url).origin === location.origin ? await getResponse(handlers, request.clone()) : undefined;
    return answer ?? pageFetch(request);
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
