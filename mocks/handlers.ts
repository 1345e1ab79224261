import { http, HttpResponse } from 'msw';
import { createApi, type ApiAnswer } from '../core/routes.ts';
import type { DataSources } from '../core/dataset/load.ts';

export type { DataSources };

function toResponse(answer: ApiAnswer): Response {
  if (answer.kind === 'csv') {
    return HttpResponse.text(answer.text, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${answer.name}"` },
    });
  }
  return HttpResponse.json(answer.body, { status: answer.status });
}

/**
 * API v1 as one MSW handler: every request under /api/ on any origin (so the app's VITE_API_BASE_URL can point at
 * any host in development) goes to the API core, and its answer becomes a Response.
 */
export function createHandlers(sources: DataSources) {
  const api = createApi(sources);
  return [
    http.all(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/(?:[^?#]*\/)?api\//i, async ({ request }) => toResponse(await api.answer(request.method, new URL(request.url)))),
  ];
}
