import { once } from 'node:events';
import { STATUS_CODES, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { serve } from '@hono/node-server';
import type { DataSources } from '../core/dataset/load.ts';
import { ApiProblem } from '../core/problem.ts';
import { createServerApp, type ServerAppOptions } from './app.ts';
import { dataSourcesFrom, loadAll } from './data-files.ts';
import { readSite } from './site.ts';

/** The request line and headers together (a long query string included): Node's default is 16 KiB. */
const MAX_HEADER_BYTES = 64 * 1024;

export interface StartOptions extends Pick<ServerAppOptions, 'log' | 'timeoutMs'> {
  /** The built site (`npm run build:server` writes dist-server/); its data/ folder is the dataset by default. */
  siteDir?: string;
  /** The data; by default read from the site's folder. One of siteDir and sources is needed. */
  sources?: DataSources;
  /** 0: any free port. */
  port?: number;
  hostname?: string;
}

export interface RunningServer {
  /** `http://127.0.0.1:8787`, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Lists the built site and reads and validates the whole dataset first, so that a missing build or a missing or
 * malformed file stops the server (the promise rejects, saying which file and what is wrong) before it answers
 * anything; then listens.
 */
export async function startServer({ siteDir, sources, port = 0, hostname = '127.0.0.1', ...options }: StartOptions): Promise<RunningServer> {
  const site = siteDir ? await readSite(siteDir) : undefined;
  const data = sources ?? (siteDir ? dataSourcesFrom(siteDir) : null);
  if (!data) throw new Error('startServer needs a site folder or data sources.');
  await loadAll(data);
  const app = createServerApp({ ...options, sources: data, site });
  const server = serve({
    fetch: app.fetch,
    port,
    hostname,
    serverOptions: {
      maxHeaderSize: MAX_HEADER_BYTES,
      // A client has 10 s to send its headers and 15 s for the whole request, so slow ones cannot hold sockets.
      headersTimeout: 10_000,
      requestTimeout: 15_000,
      keepAliveTimeout: 5_000,
    },
  }) as Server;
  server.on('clientError', answerClientError);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/**
 * A request Node rejects before the app sees it: headers over the limit and requests too slow get the API's
 * error body; anything else malformed the plain 400 that Node would send.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new ApiProblem(431, 'request_too_large', `The URL and headers may hold at most ${MAX_HEADER_BYTES / 1024} KiB.`)
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new ApiProblem(408, 'timeout', 'The request took too long to arrive.')
        : null;
  const status = problem?.status ?? 400;
  const body = problem ? JSON.stringify(problem.toBody()) : '';
  const type = problem ? 'Content-Type: application/json\r\n' : '';
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
