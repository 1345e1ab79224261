import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './start.ts';

/**
 * `npm run serve` (or `npm start` once built): the built site and API v1 in one process. PORT and HOST choose
 * where it listens (127.0.0.1:8787: this machine only; HOST=0.0.0.0 for every interface, as in a container);
 * SITE_DIR which built site it serves (dist-server/, whose data/ is the dataset).
 */
const siteDir = resolve(process.env.SITE_DIR ?? fileURLToPath(new URL('../dist-server', import.meta.url)));
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number (0–65535), not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const server = await startServer({ siteDir, port, hostname });
  console.log(`Arms Transfer Tracker at ${server.url}/ (API ${server.url}/api/v1/, OpenAPI ${server.url}/api/v1/openapi.json, health ${server.url}/healthz), serving ${siteDir}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`${signal}: finishing the requests in progress, then stopping.`);
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
} catch (error) {
  console.error(`The server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
