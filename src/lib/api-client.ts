import type { ApiErrorBody } from '../api/contract.ts';

/**
 * The API's base URL: empty means the site's own origin (where the mock API answers). No env outside Vite: the server
 * reads the views' modules (src/app/page-meta.ts) for their titles, and asks no API through this client.
 */
const API_BASE_URL = (import.meta.env?.VITE_API_BASE_URL ?? '').replace(/\/$/, '');

/** A failed API call, carrying the server's error code and message (or `network` / `bad_response`). */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export type QueryParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** Builds a query string, leaving out empty values so that defaults stay the server's. */
export function toSearchParams(params: QueryParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  return search;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as ApiErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** Fetches from the API; a failure (network, error status) becomes an ApiError with a readable message. */
async function apiFetch(path: string, params: QueryParams, signal?: AbortSignal): Promise<Response> {
  const search = toSearchParams(params).toString();
  const url = `${API_BASE_URL}/api/v1${path}${search ? `?${search}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'The data service could not be reached. Check your connection and try again.');
  }
  if (response.ok) return response;
  const body = await readJson(response);
  if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.parameter);
  throw new ApiError(response.status, 'http_error', `The data service answered with HTTP ${response.status}.`);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiError(response.status, 'bad_response', `The data service sent an unreadable answer (HTTP ${response.status}).`);
  }
}

export async function apiGet<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<T> {
  return (await readJson(await apiFetch(path, params, signal))) as T;
}

/**
 * For the endpoints that answer a file rather than JSON (the CSV export), as the bytes sent: a file to save need not
 * be decoded into a string and encoded again. Errors still come as JSON.
 */
export async function apiGetFile(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<Blob> {
  return (await apiFetch(path, params, signal)).blob();
}
