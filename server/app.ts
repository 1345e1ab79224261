import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { Meta } from '../src/api/contract.ts';
import type { DataSources } from '../core/dataset/load.ts';
import { ApiProblem, type ProblemCode } from '../core/problem.ts';
import { API_BASE_PATH, createApi, toResponse } from '../core/routes.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { isContentNamed } from './cache-control.ts';
import { isEmbedPath } from './framing.ts';
import { servePictures } from './pictures.ts';
import { referenceData } from './reference-data.ts';
import { viewPages } from './view-pages.ts';
import { serveSite, type Site } from './site.ts';

/**
 * API v1 and the built site over HTTP, with Hono. The API's part is the core's `answer` and `toResponse`; the rest
 * is HTTP: compression, caching, CORS, security headers, limits and one log line per request.
 */

/**
 * The API's answers are a pure function of the request and the dataset, so they change only with a data release;
 * but their URLs do not name the release, so they cannot be cached forever. A day fresh (browsers, notebooks'
 * HTTP caches and CDNs answer repeats without asking), then a week of stale-while-revalidate (served at once
 * while revalidated in the background), each revalidation a 304 by the ETag: a new release shows within a day. A
 * CDN that is purged on each release could keep answers longer (raise s-maxage there).
 */
export const API_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

export interface ServerAppOptions {
  sources: DataSources;
  /** The built site to serve beside the API; without it, the API alone. */
  site?: Site;
  /** Where the line logged for each request goes. */
  log?: (line: string) => void;
  /** The longest a response may take to start, in ms. */
  timeoutMs?: number;
  /** The largest request body accepted, in bytes (the API reads none). */
  maxBodyBytes?: number;
}

/** The contract's error body (the core's, as the mock sends it) for an error the server itself answers. */
export function problemResponse(status: ApiProblem['status'], code: ProblemCode, message: string): Response {
  return toResponse({ kind: 'json', status, body: new ApiProblem(status, code, message).toBody() });
}

/** Any path with an `api` segment is the API's to answer, as in the MSW transport (mocks/handlers.ts). */
const isApiPath = (path: string) => path.toLowerCase().includes('/api/');

export function createServerApp({ sources, site, log = console.log, timeoutMs = 10_000, maxBodyBytes = 1024 }: ServerAppOptions): Hono {
  const api = createApi(sources);
  const app = new Hono();

  app.use(logRequests(log));
  app.use(compress());
  // The time limit ends a response that waits (on I/O); no endpoint computes for long (lists, pages and text are
  // bounded by their schemas), and Node's own timeouts (server/start.ts) end slow clients.
  app.use(timeout(timeoutMs, () => new HTTPException(503, { res: problemResponse(503, 'timeout', `No answer within ${timeoutMs / 1000} s; try again.`) })));
  app.use(bodyLimit({ maxSize: maxBodyBytes, onError: () => problemResponse(413, 'request_too_large', `A request body may hold at most ${maxBodyBytes} bytes; the API reads none.`) }));

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    const meta = await api.answer('GET', new URL(`${API_BASE_PATH}/meta`, c.req.url));
    if (meta.kind !== 'json' || meta.status !== 200) return c.json({ status: 'unavailable' }, 503);
    const { release, generated } = (meta.body as Meta).source;
    return c.json({ status: 'ok', release, generated });
  });

  const apiApp = new Hono();
  apiApp.use(cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['Content-Disposition'], maxAge: 86_400 }));
  apiApp.use(notPageHeaders());
  apiApp.use(etag());
  apiApp.all('*', async (c) => {
    const answer = await api.answer(c.req.method, new URL(c.req.url));
    const response = toResponse(answer);
    response.headers.set('Cache-Control', answer.kind === 'csv' || answer.status === 200 ? API_CACHE_CONTROL : 'no-store');
    return response;
  });
  app.use(async (c, next) => (isApiPath(c.req.path) ? apiApp.fetch(c.req.raw) : next()));

  if (site) {
    const policy = contentSecurityPolicy();
    const appHeaders = secureHeaders({ contentSecurityPolicy: { ...policy, frameAncestors: ["'self'"] } });
    const embedHeaders = secureHeaders({ contentSecurityPolicy: policy, xFrameOptions: false });
    const revalidated = etag();
    const reference = referenceData(api);
    // Each chart view's link-preview picture: an image any site may show, never a page.
    app.on(['GET', 'HEAD'], '/og/*', notPageHeaders(), servePictures(api, reference, { cacheControl: API_CACHE_CONTROL }));
    app.use(async (c, next) => (isEmbedPath(c.req.path) ? embedHeaders(c, next) : appHeaders(c, next)));
    // A content-named file needs no ETag: its URL changes with it.
    app.on(['GET', 'HEAD'], '*', (c, next) => (isContentNamed(c.req.path) ? next() : revalidated(c, next)), serveSite(site, viewPages(api, reference)));
    app.all('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : methodNotAllowed(c.req.method)));
  }

  app.notFound((c) => problemResponse(404, 'not_found', `There is nothing at ${new URL(c.req.url).pathname}.`));
  app.onError(answerError);
  apiApp.onError(answerError);
  return app;
}

/**
 * For what is never a page (the API's JSON and CSV, the link-preview pictures): nothing may run, load or frame it; any
 * site may read it (with the API's CORS) or show it.
 */
function notPageHeaders(): MiddlewareHandler {
  return secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }, crossOriginResourcePolicy: 'cross-origin', xFrameOptions: 'DENY' });
}

/** A limit's own answer, or a fault: the contract's error body either way, the fault logged. */
function answerError(error: Error): Response {
  if (error instanceof HTTPException) return error.getResponse();
  console.error(error);
  return problemResponse(500, 'internal_error', 'Unexpected error.');
}

function methodNotAllowed(method: string): Response {
  const response = problemResponse(405, 'method_not_allowed', `${method} is not allowed; the site is read-only (GET).`);
  response.headers.set('Allow', 'GET, HEAD');
  return response;
}

/** One line per request: method, path and query (as sent, percent-encoded: one line whatever they hold), status, time. */
function logRequests(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const { pathname, search } = new URL(c.req.url);
    const target = `${pathname}${search}`;
    const shown = target.length > 300 ? `${target.slice(0, 300)}…` : target;
    log(`${c.req.method} ${shown} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
  };
}
