import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import type { DataSources } from '../../core/dataset/load.ts';
import { createHandlers } from '../../mocks/handlers.ts';
import { startServer, type RunningServer } from '../../server/start.ts';

/**
 * The two transports of API v1, for suites that run the same cases over both: msw/node (what the app's tests and
 * the static site use) and the Node server (server/) on a free loopback port.
 */
export interface Transport {
  name: 'msw/node' | 'server';
  /** Serves the API over these data; resolves to the origin to fetch from. */
  start: (sources: DataSources) => Promise<string>;
  stop: () => Promise<void>;
}

function mswTransport(): Transport {
  let server: ReturnType<typeof setupServer> | null = null;
  return {
    name: 'msw/node',
    start: async (sources) => {
      server = setupServer(...createHandlers(sources));
      server.listen({ onUnhandledRequest: 'error' });
      return 'http://api.test';
    },
    stop: async () => server?.close(),
  };
}

function serverTransport(): Transport {
  let server: RunningServer | null = null;
  return {
    name: 'server',
    start: async (sources) => {
      server = await startServer({ sources, log: () => undefined });
      return server.url;
    },
    stop: async () => server?.close(),
  };
}

export const transports = (): Transport[] => [mswTransport(), serverTransport()];

/**
 * Serves the data over the transport for the enclosing describe block; the returned function gives its origin
 * (set once the block's beforeAll has run).
 */
export function serveWith(transport: Transport, sources: DataSources): () => string {
  let origin = '';
  beforeAll(async () => {
    origin = await transport.start(sources);
  });
  afterAll(() => transport.stop());
  return () => origin;
}
