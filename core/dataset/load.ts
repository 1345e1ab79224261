import { claimsFileSchema, eventsFileSchema, type Stories } from '../endpoints/stories.ts';
import { parseDataset, type Dataset } from './dataset.ts';

/** Where the build writes the dataset, relative to the site's base URL (and to `public/` on disk). */
export const DATASET_PATH = 'data/sipri-arms-transfers-2026.json';
/** Hand-written, versioned files beside it. */
export const EVENTS_PATH = 'data/events-v1.json';
export const CLAIMS_PATH = 'data/claims-v2.json';

export interface LoadProgress {
  loaded: number;
  /** null when the server does not say how large the file is. */
  total: number | null;
}

/** Fetches the dataset, reporting bytes as they arrive, then validates and indexes it. */
export async function fetchDataset(url: string, onProgress?: (progress: LoadProgress) => void): Promise<Dataset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The dataset could not be downloaded (HTTP ${response.status}).`);
  const length = Number(response.headers.get('content-length'));
  // Content-Length counts compressed bytes when the server gzips, so it is only a hint for the bar.
  const total = length > 0 && !response.headers.get('content-encoding') ? length : null;
  if (!response.body || !onProgress) return parseDataset(await response.json());

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
  const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
  // Parsing, and then validating and indexing, each hold the main thread for 100–300 ms. Between them, the page
  // answers the mock API's service worker, whose start-up messages would otherwise wait for both.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return parseDataset(json);
}

/** Loads once and shares the promise; a failed load is forgotten so the next request tries again. */
export function cachedLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Validates the events and claims files; either failing makes the stories unavailable, not the data. */
export function parseStories(events: unknown, claims: unknown): Stories {
  return { events: eventsFileSchema.parse(events), claims: claimsFileSchema.parse(claims) };
}

export async function fetchStories(base: string): Promise<Stories> {
  const json = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`${path} could not be downloaded (HTTP ${response.status}).`);
    return response.json();
  };
  const [events, claims] = await Promise.all([json(EVENTS_PATH), json(CLAIMS_PATH)]);
  return parseStories(events, claims);
}
