// First: before msw reads the storage.
import './storage-fallback.ts';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers } from './handlers.ts';
import { createDataSources, type LoadProgress } from '../core/dataset/load.ts';

export interface MockApi {
  /** The dataset (the flows), which the first chart needs: the app waits for it before it renders. */
  getDataset: () => Promise<unknown>;
  /** Loads the orders and the deals register now rather than on first need; a failure waits for that need. */
  prefetchRest: () => void;
}

/**
 * Starts the mock API in the page: msw's handlers answer the page's requests to `/api/*` here, in the page (no service
 * worker: through one, each request and its answer crossed to the worker and back, waiting twice for a busy page,
 * ~10 ms of a search keystroke's ~30; and the worker's installation held up the first live chart). The data are
 * static files beside the app; loading the flows up front lets the app show progress before its first request.
 */
export function startMockApi(onProgress: (progress: LoadProgress) => void): MockApi {
  const base = import.meta.env.BASE_URL;
  const sources = createDataSources((path, progress) => fetchJson(`${base}${path}`, progress), onProgress);
  answerInPage(createHandlers(sources));
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
 * Routes the page's own requests through the handlers; others go out as they are. No network request
 * shows in the browser's tools, so each answer is a performance measure named by its path, from the request to the
 * last byte of the answer (DevTools' Performance panel shows them; the bench and the browser tests read them).
 */
function answerInPage(handlers: RequestHandler[]) {
  window.fetch = async (input, init) => {
    const request = new Request(input, init);
    const start = performance.now();
    // The handlers decide what is the API's (mocks/handlers.ts); the rest, the data files among them, goes out.
    const answer = await getResponse(handlers, request);
    if (!answer) return pageFetch(request);
    const url = new URL(request.url);
    const measured = () => void performance.measure(url.pathname, { start, detail: { search: url.search } });
    if (!answer.body) {
      measured();
      return answer;
    }
    const { status, statusText, headers } = answer;
    return new Response(answer.body.pipeThrough(new TransformStream({ flush: measured })), { status, statusText, headers });
  };
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
