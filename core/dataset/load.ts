import { claimsFileSchema, eventsFileSchema, type Stories } from '../endpoints/stories.ts';
import { parseDataset, parseOrders, parseRegister, type Dataset, type FlowTable, type Register } from './dataset.ts';
import { FLOWS_PATH, ORDERS_PATH, REGISTER_PATH } from './files.ts';

export { FLOWS_PATH, ORDERS_PATH, REGISTER_PATH };
/** Hand-written, versioned files beside the data, relative to the site's base URL (and to `public/` on disk). */
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

/**
 * What the API answers from, each loaded on first use and then kept: the dataset (the flows file) answers the share
 * charts and the lists; the orders the pair charts; the register (the deals, several times larger) the deals and a
 * filter by a weapon's text.
 */
export interface DataSources {
  getDataset: () => Promise<Dataset>;
  getOrders: () => Promise<FlowTable>;
  getRegister: () => Promise<Register>;
  getStories: () => Promise<Stories>;
}

export function createDataSources(readJson: ReadJson, onProgress?: (progress: LoadProgress) => void): DataSources {
  const getDataset = cachedLoader(async () => parseDataset(await readJson(FLOWS_PATH, onProgress)));
  return {
    getDataset,
    getOrders: cachedLoader(async () => {
      const [json, dataset] = await Promise.all([readJson(ORDERS_PATH), getDataset()]);
      return parseOrders(json, dataset);
    }),
    getRegister: cachedLoader(async () => {
      const [json, dataset] = await Promise.all([readJson(REGISTER_PATH), getDataset()]);
      // Parsing, and then validating and indexing, each hold the main thread for 100–300 ms: let the page draw between.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return parseRegister(json, dataset);
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
