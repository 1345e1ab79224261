import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { z } from './zod.ts';
import type { Dataset } from './dataset/dataset.ts';
import { getDeal, parseDealsQuery, searchDeals } from './api/deals.ts';
import { dealsCsv, parseDealsCsvQuery, type CsvFile } from './api/deals-csv.ts';
import { listCountries } from './api/countries.ts';
import { getMeta } from './api/meta.ts';
import { ApiProblem } from './api/problem.ts';
import { parseQuery } from './api/query-params.ts';
import { getShares, parseSharesQuery } from './api/shares.ts';
import { listClaims, listEvents, parseEventsQuery, type Stories } from './api/stories.ts';
import { getTransfers, parseTransfersQuery } from './api/transfers.ts';

/** A body to send as JSON, or a ready Response for the few answers that are not JSON. */
type AnswerBody = object | Response;
type Answer = (dataset: Dataset, search: URLSearchParams, params: Record<string, string>) => AnswerBody | Promise<AnswerBody>;

export interface DataSources {
  getDataset: () => Promise<Dataset>;
  getStories: () => Promise<Stories>;
}

const noParameters = z.strictObject({});

const routesOf = ({ getStories }: DataSources): Record<string, Answer> => ({
  '/meta': (dataset, search) => (parseQuery(noParameters, search), getMeta(dataset)),
  '/countries': (dataset, search) => (parseQuery(noParameters, search), listCountries(dataset)),
  '/shares': (dataset, search) => getShares(dataset, parseSharesQuery(dataset, search)),
  '/transfers': (dataset, search) => getTransfers(dataset, parseTransfersQuery(dataset, search)),
  '/deals': (dataset, search) => searchDeals(dataset, parseDealsQuery(dataset, search)),
  '/deals.csv': (dataset, search) => csvAttachment(dealsCsv(dataset, parseDealsCsvQuery(dataset, search))),
  '/deals/:id': (dataset, search, params) => (parseQuery(noParameters, search), getDeal(dataset, params.id ?? '')),
  '/events': async (dataset, search) => {
    const query = parseEventsQuery(dataset, search);
    return listEvents((await storiesOrProblem(getStories)).events, query);
  },
  '/claims': async (_dataset, search) => (parseQuery(noParameters, search), listClaims((await storiesOrProblem(getStories)).claims)),
});

async function storiesOrProblem(getStories: () => Promise<Stories>): Promise<Stories> {
  try {
    return await getStories();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiProblem(500, 'dataset_unavailable', `The events and claims are not available: ${reason}`);
  }
}

function csvAttachment({ name, text }: CsvFile) {
  return HttpResponse.text(text, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
  });
}

function problemResponse(error: unknown) {
  const problem =
    error instanceof ApiProblem
      ? error
      : new ApiProblem(500, 'internal_error', error instanceof Error ? error.message : 'Unexpected error.');
  return HttpResponse.json(problem.toBody(), { status: problem.status });
}

/**
 * The API v1 as MSW handlers: each parses the request, calls a pure function and serialises the answer.
 * Paths match on any origin (and only at its root: /api/v1/…), so the app's VITE_API_BASE_URL, an origin, can point
 * at any host in development.
 */
export function createHandlers(sources: DataSources) {
  const { getDataset } = sources;
  const routes = routesOf(sources);
  const resolve =
    (answer: Answer): HttpResponseResolver =>
    async ({ request, params }) => {
      let dataset: Dataset;
      try {
        dataset = await getDataset();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return problemResponse(new ApiProblem(500, 'dataset_unavailable', `The SIPRI dataset is not available: ${reason}`));
      }
      try {
        const search = new URL(request.url).searchParams;
        const body = await answer(dataset, search, params as Record<string, string>);
        return body instanceof Response ? body : HttpResponse.json(body);
      } catch (error) {
        return problemResponse(error);
      }
    };

  // The routes as regular expressions, on any origin and in any case (as msw's path patterns match): `.` literal
  // (`/deals.csv`), `:id` any one segment. msw tests them on the URL without its query; anchored at the origin, so
  // /api/api/v1/meta is not /api/v1/meta. Compiled once here; msw compiles a path pattern on every request.
  const patterns = Object.entries(routes).map(([path, answer]) => ({
    pattern: new RegExp(`^[a-z][a-z0-9+.-]*://[^/]*/api/v1${path.replaceAll('.', '\\.').replace(':id', '(?<id>[^/]+)')}/?$`, 'i'),
    answer,
  }));

  return [
    ...patterns.map(({ pattern, answer }) => http.get(pattern, resolve(answer))),
    http.all('*/api/*', ({ request }) => {
      const { origin, pathname } = new URL(request.url);
      if (request.method !== 'GET' && patterns.some(({ pattern }) => pattern.test(origin + pathname))) {
        return problemResponse(new ApiProblem(405, 'method_not_allowed', `${request.method} is not allowed; the API is read-only (GET).`));
      }
      return problemResponse(new ApiProblem(404, 'not_found', `There is no API endpoint at ${pathname}; see /api/v1/meta.`));
    }),
  ];
}
