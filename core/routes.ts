import { z } from './zod.ts';
import type { Dataset, FlowTable, Register } from './dataset/dataset.ts';
import type { DataSources } from './dataset/load.ts';
import { deliveriesThroughLens, ordersThroughLens, type RouteData } from './lens.ts';
import { getDeal, parseDealsQuery, searchDeals } from './endpoints/deals.ts';
import { dealsCsv, parseDealsCsvQuery, type CsvFile } from './endpoints/deals-csv.ts';
import { listCountries } from './endpoints/countries.ts';
import { getMeta } from './endpoints/meta.ts';
import { getShares, parseSharesQuery } from './endpoints/shares.ts';
import { listClaims, listEvents, parseEventsQuery, type Stories } from './endpoints/stories.ts';
import { getTransfers, parseTransfersQuery } from './endpoints/transfers.ts';
import { ApiProblem } from './problem.ts';
import { parseQuery } from './query-params.ts';

/**
 * API v1 as one table of routes, for every transport: each route parses its query, calls an endpoint's pure
 * function and returns a plain answer. The MSW handlers (mocks/) and the Node server (server/) only turn a request
 * into `answer(method, url)` and its result into their own response.
 */

/** What an endpoint answers: a JSON body, or a CSV file to download. Errors are JSON bodies with their status. */
export type ApiAnswer =
  | { kind: 'json'; status: 200 | ApiProblem['status']; body: object }
  | { kind: 'csv'; name: string; text: string };


type Route = (data: RouteData, search: URLSearchParams, id: string) => ApiAnswer | Promise<ApiAnswer>;

const json = (body: object): ApiAnswer => ({ kind: 'json', status: 200, body });
const csvFile = ({ name, text }: CsvFile): ApiAnswer => ({ kind: 'csv', name, text });

const noParameters = z.strictObject({});

/** The paths under /api/v1, as the contract (docs/api.md) lists them; `:id` is one path segment. */
function routesOf({ getStories }: Pick<DataSources, 'getStories'>): Record<string, Route> {
  return {
    '/meta': ({ dataset }, search) => (parseQuery(noParameters, search), json(getMeta(dataset))),
    '/countries': ({ dataset }, search) => (parseQuery(noParameters, search), json(listCountries(dataset))),
    '/shares': async (data, search) => {
      const query = parseSharesQuery(data.dataset, search);
      return json(getShares(data.dataset, await deliveriesThroughLens(data, query.lens), query));
    },
    '/transfers': async (data, search) => {
      const query = parseTransfersQuery(data.dataset, search);
      const [deliveries, orders] = await Promise.all([deliveriesThroughLens(data, query.lens), ordersThroughLens(data, query.lens)]);
      return json(getTransfers(data.dataset, { deliveries, orders }, query));
    },
    '/deals': async ({ dataset, register }, search) => {
      const query = parseDealsQuery(dataset, search);
      return json(searchDeals(await register(), query));
    },
    '/deals.csv': async ({ dataset, register }, search) => {
      const query = parseDealsCsvQuery(dataset, search);
      return csvFile(dealsCsv(await register(), query));
    },
    '/deals/:id': async ({ register }, search, id) => (parseQuery(noParameters, search), json(getDeal(await register(), id))),
    '/events': async ({ dataset }, search) => {
      const query = parseEventsQuery(dataset, search);
      return json(listEvents((await storiesOrProblem(getStories)).events, query));
    },
    '/claims': async (_data, search) => (parseQuery(noParameters, search), json(listClaims((await storiesOrProblem(getStories)).claims))),
  };
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
  const routes = Object.entries(routesOf(sources)).map(([path, route]) => ({
    pattern: new RegExp(`^${API_BASE_PATH}${path.replaceAll('.', '\\.').replace(':id', '(?<id>[^/]+)')}/?$`, 'i'),
    route,
  }));

  return {
    async answer(method, url) {
      const { pathname } = url;
      const found = routes.find(({ pattern }) => pattern.test(pathname));
      if (!found) return problemAnswer(new ApiProblem(404, 'not_found', `There is no API endpoint at ${pathname}; see ${API_BASE_PATH}/meta.`));
      if (method !== 'GET') {
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
