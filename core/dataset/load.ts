import { claimsFileSchema, eventsFileSchema, type Stories } from '../endpoints/stories.ts';
import { parseDataset, type Dataset } from './dataset.ts';

/** Where the build writes the dataset, relative to the site's base URL (and to `public/` on disk). */
export const DATASET_PATH = 'data/sipri-arms-transfers-2026.json';
/** Hand-written, versioned files beside it. */
export const EVENTS_PATH = 'data/events-v1.json';
export const CLAIMS_PATH = 'data/claims-v3.json';

export interface LoadProgress {
  loaded: number;
  /** null when the server does not say how large the file is. */
  total: number | null;
}

/**
 * Reads and parses one data file, by its path relative to the site's root. Each transport brings its own: the
 * browser fetches from the site, Node reads `public/`.
 */
export type ReadJson = (path: string, onProgress?: (progress: LoadProgress) => void) => Promise<unknown>;

/** What the API answers from, each loaded on first use and then kept. */
export interface DataSources {
  getDataset: () => Promise<Dataset>;
  getStories: () => Promise<Stories>;
}

export function createDataSources(readJson: ReadJson, onProgress?: (progress: LoadProgress) => void): DataSources {
  return {
    getDataset: cachedLoader(async () => {
      const json = await readJson(DATASET_PATH, onProgress);
      // Parsing, and then validating and indexing, each hold the main thread for 100–300 ms. Between them, the page
      // answers the mock API's service worker, whose start-up messages would otherwise wait for both.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return parseDataset(json);
    }),
    getStories: cachedLoader(async () => {
      const [events, claims] = await Promise.all([readJson(EVENTS_PATH), readJson(CLAIMS_PATH)]);
      return parseStories(events, claims);
    }),
  };
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
