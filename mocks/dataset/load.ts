import { parseDataset, type Dataset } from './dataset.ts';

/** Where the build writes the dataset, relative to the site's base URL (and to `public/` on disk). */
export const DATASET_PATH = 'data/sipri-arms-transfers-2026.json';

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
  return parseDataset(JSON.parse(new TextDecoder().decode(bytes)));
}

/** Loads once and shares the promise; a failed load is forgotten so the next request tries again. */
export function cachedLoader(load: () => Promise<Dataset>): () => Promise<Dataset> {
  let pending: Promise<Dataset> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
