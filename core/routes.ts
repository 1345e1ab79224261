import { z } from './zod.ts';
import type { Dataset, FlowTable, Register } from './dataset/dataset.ts';
import type { DataSources } from './dataset/load.ts';
import { deliveriesThroughLens, ordersThroughLens, type RouteData } from './lens.ts';
import { dealIdSchema, dealsSchema, getDeal, parseDealsQuery, searchDeals } from './endpoints/deals.ts';
import { dealsCsv, dealsCsvSchema, parseDealsCsvQuery, type CsvFile } from './endpoints/deals-csv.ts';
import { listCountries } from './endpoints/countries.ts';
import { getMeta } from './endpoints/meta.ts';
import { getShares, parseSharesQuery, sharesSchema } from './endpoints/shares.ts';
import { eventsSchema, listClaims, listEvents, parseEventsQuery, type Stories } from './endpoints/stories.ts';
import { getTransfers, parseTransfersQuery, transfersSchema } from './endpoints/transfers.ts';
import { ApiProblem } from './problem.ts';
import { parseQuery, perDataset } from './query-params.ts';

/**
 * API v1 as one table of endpoints, for every transport: each parses its query, calls an endpoint's pure
 * function and returns a plain answer. The MSW handler (mocks/) and the Node server (server/) only turn a request
 * into `answer(method, url)` and its result into a Response (`toResponse`, below).
 */

/** What an endpoint answers: a JSON body, or a CSV file to download. Errors are JSON bodies with their status. */
export type ApiAnswer =
  | { kind: 'json'; status: 200 | ApiProblem['status']; body: object }
  | { kind: 'csv'; name: string; pieces: Iterable<string> };

/** One endpoint: what it is for, the parameters it validates (which the OpenAPI document describes), its answer. */
export interface Endpoint {
  summary: string;
  /** The query's schema, the one the endpoint parses with; built per dataset, since country ids are part of it. */
  query: (dataset: Dataset) => z.ZodMiniObject;
  /** The form of the path's `:id` segment, for the endpoint that has one. */
  id?: z.ZodMiniType;
  /** What a 200 answer is. */
  produces: 'application/json' | 'text/csv';
  answer: (data: RouteData, search: URLSearchParams, id: string) => ApiAnswer | Promise<ApiAnswer>;
}

const json = (body: object): ApiAnswer => ({ kind: 'json', status: 200, body });
const csvFile = ({ name, pieces }: CsvFile): ApiAnswer => ({ kind: 'csv', name, pieces });

const noParameters = z.strictObject({});
const none = () => noParameters;

/** The paths under /api/v1, as the contract (docs/api.md) lists them; `:id` is one path segment. */
function endpointsOf({ getStories }: Pick<DataSources, 'getStories'>): Record<string, Endpoint> {
  // Loaded when asked for: zod's JSON Schema writer is as large as the rest of the mock API's page code.
  const openApi = perDataset(async (dataset: Dataset) => (await import('./openapi.ts')).openApiDocument(dataset, endpoints, API_BASE_PATH));
  const endpoints: Record<string, Endpoint> = {
    '/meta': {
      summary: 'The release, years, counts, unit and allocation method',
      query: none,
      produces: 'application/json',
      answer: ({ dataset }, search) => (parseQuery(noParameters, search), json(getMeta(dataset))),
    },
    '/countries': {
      summary: 'Every country, group and organisation in the data, with its id',
      query: none,
      produces: 'application/json',
      answer: ({ dataset }, search) => (parseQuery(noParameters, search), json(listCountries(dataset))),
    },
    '/shares': {
      summary: 'Who supplied a recipient, whom a supplier supplied, or the world ranking, by year',
      query: sharesSchema,
      produces: 'application/json',
      answer: async (data, search) => {
        const query = parseSharesQuery(data.dataset, search);
        return json(getShares(data.dataset, await deliveriesThroughLens(data, query.lens), query));
      },
    },
    '/transfers': {
      summary: 'Yearly TIV and units delivered and ordered for supplier → recipient pairs',
      query: transfersSchema,
      produces: 'application/json',
      answer: async (data, search) => {
        const query = parseTransfersQuery(data.dataset, search);
        const [deliveries, orders] = await Promise.all([deliveriesThroughLens(data, query.lens), ordersThroughLens(data, query.lens)]);
        return json(getTransfers(data.dataset, { deliveries, orders }, query));
      },
    },
    '/deals': {
      summary: 'The Trade Register, filtered, sorted and paged, with facet counts and a summary',
      query: dealsSchema,
      produces: 'application/json',
      answer: async ({ dataset, register }, search) => {
        const query = parseDealsQuery(dataset, search);
        return json(searchDeals(await register(), query));
      },
    },
    '/deals.csv': {
      summary: 'Every deal that matches, as a CSV file',
      query: dealsCsvSchema,
      produces: 'text/csv',
      answer: async ({ dataset, register }, search) => {
        const query = parseDealsCsvQuery(dataset, search);
        return csvFile(dealsCsv(await register(), query));
      },
    },
    '/deals/:id': {
      summary: 'One deal, with its delivered TIV allocated to years',
      query: none,
      id: dealIdSchema,
      produces: 'application/json',
      answer: async ({ register }, search, id) => (parseQuery(noParameters, search), json(getDeal(await register(), id))),
    },
    '/events': {
      summary: 'Events reported in the press, by country and year',
      query: eventsSchema,
      produces: 'application/json',
      answer: async ({ dataset }, search) => {
        const query = parseEventsQuery(dataset, search);
        return json(listEvents((await storiesOrProblem(getStories)).events, query));
      },
    },
    '/claims': {
      summary: 'Claims from news reports, each with the rule that checks it against this API',
      query: none,
      produces: 'application/json',
      answer: async (_data, search) => (parseQuery(noParameters, search), json(listClaims((await storiesOrProblem(getStories)).claims))),
    },
    '/openapi.json': {
      summary: 'This API described in OpenAPI 3.1, its parameters generated from the schemas it validates with',
      query: none,
      produces: 'application/json',
      answer: async ({ dataset }, search) => (parseQuery(noParameters, search), json(await openApi(dataset))),
    },
  };
  return endpoints;
}

/** The base path of every route. */
export const API_BASE_PATH = '/api/v1';

/** A file loaded on first need, or the API's 500 answer saying why it is not there (the rest still works). */
function orProblem<T>(load: () => Promise<T>, what: string): () => Promise<T> {
  return async () => {
    try {
      return await load();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiProblem(500, 'dataset_unavailable', `${what} not available: ${reason}`);
    }
  };
}

async function storiesOrProblem(getStories: () => Promise<Stories>): Promise<Stories> {
  try {
    return await getStories();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiProblem(500, 'dataset_unavailable', `The events and claims are not available: ${reason}`);
  }
}

function problemAnswer(error: unknown): ApiAnswer {
  const problem =
    error instanceof ApiProblem
      ? error
      : new ApiProblem(500, 'internal_error', error instanceof Error ? error.message : 'Unexpected error.');
  return { kind: 'json', status: problem.status, body: problem.toBody() };
}

export interface Api {
  /** Answers one request to a path under /api/; never throws (an error is an error answer). */
  answer(method: string, url: URL): Promise<ApiAnswer>;
}

export function createApi(sources: DataSources): Api {
  // Paths match in any case and with a trailing slash, at the origin's root only (/api/api/v1/meta is not
  // /api/v1/meta). Compiled once.
  const orders = orProblem<FlowTable>(sources.getOrders, 'The orders table is');
  const register = orProblem<Register>(sources.getRegister, 'The deals register is');
  const routes = Object.entries(endpointsOf(sources)).map(([path, { answer }]) => ({
    pattern: new RegExp(`^${API_BASE_PATH}${path.replaceAll('.', '\\.').replace(':id', '(?<id>[^/]+)')}/?$`, 'i'),
    route: answer,
  }));

  return {
    async answer(method, url) {
      const { pathname } = url;
      const found = routes.find(({ pattern }) => pattern.test(pathname));
      if (!found) return problemAnswer(new ApiProblem(404, 'not_found', `There is no API endpoint at ${pathname}; see ${API_BASE_PATH}/meta.`));
      // HEAD is GET without the body, which the transport leaves out.
      if (method !== 'GET' && method !== 'HEAD') {
        return problemAnswer(new ApiProblem(405, 'method_not_allowed', `${method} is not allowed; the API is read-only (GET).`));
      }
      let dataset: Dataset;
      try {
        dataset = await sources.getDataset();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return problemAnswer(new ApiProblem(500, 'dataset_unavailable', `The SIPRI dataset is not available: ${reason}`));
      }
      try {
        return await found.route({ dataset, orders, register }, url.searchParams, found.pattern.exec(pathname)?.groups?.id ?? '');
      } catch (error) {
        return problemAnswer(error);
      }
    },
  };
}

/** An answer as an HTTP response, the same from every transport. */
export function toResponse(answer: ApiAnswer): Response {
  if (answer.kind === 'csv') {
    return new Response(textStream(answer.pieces), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${answer.name}"` },
    });
  }
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (answer.status === 405) headers.set('Allow', 'GET, HEAD');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

/** How many pieces a text stream writes ahead of its reader (4 was faster than 0 and than 3 times larger pieces). */
const PIECES_AHEAD = 4;

/**
 * A text written in pieces as a stream of UTF-8 bytes, each piece written and encoded when the stream is read: the
 * first bytes go out before the last are written (7.6 MB of deals written as one string, then encoded, kept the
 * page's main thread busy ~0.3 s before the mock API's service worker had its first byte). It writes a few pieces
 * ahead of the reader, so that the next is written while the last is on its way; a body no one reads (HEAD) is
 * written no further.
 */
function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      cancel() {
        iterator.return?.();
      },
    },
    new CountQueuingStrategy({ highWaterMark: PIECES_AHEAD }),
  );
}
