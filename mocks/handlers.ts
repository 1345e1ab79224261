import { http } from 'msw';
import { createApi, toResponse } from '../core/routes.ts';
import type { DataSources } from '../core/dataset/load.ts';

export type { DataSources };

/**
 * API v1 as one MSW handler: every request under /api/ on any origin (so the app's VITE_API_BASE_URL can point at
 * any host in development) goes to the API core, and its answer becomes a Response.
 */
export function createHandlers(sources: DataSources) {
  const api = createApi(sources);
  return [
    http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/(?:[^?#]*\/)?api\//i, async ({ request }) => {
      const response = toResponse(await api.answer(request.method, new URL(request.url)));
      // An answer to HEAD has the headers of GET's and no body (Node's HTTP server leaves it out by itself).
      return request.method === 'HEAD' ? new Response(null, response) : response;
    }),
  ];
}
