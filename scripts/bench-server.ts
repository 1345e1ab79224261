import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

/**
 * Load test of the API server (`npm run bench:server`; not part of `npm test`): the server from the server-mode
 * build in a process of its own, autocannon on loopback against four endpoints, 10 s each with 10 connections
 * that accept gzip as browsers do. Each connection cycles through a few queries, so that no answer is the same
 * twice in a row (the deals filter keeps its last result). Prints requests per second, p50 and p99 latency and
 * errors; any error or non-2xx answer fails the run (exit 1).
 */

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

const SCENARIOS: { name: string; paths: string[] }[] = [
  {
    name: '/shares (a recipient’s suppliers)',
    paths: ['IND', 'PAK', 'CHN', 'SAU', 'EGY', 'UKR'].map((id) => `/api/v1/shares?recipient=${id}&from=2000&to=2025`),
  },
  {
    name: '/transfers (pairs, yearly)',
    paths: ['IND', 'PAK', 'CHN', 'EGY'].map((id) => `/api/v1/transfers?supplier=RUS,USA,FRA,SUN&recipient=${id}&mergeSoviet=true`),
  },
  {
    name: '/deals with a search',
    paths: ['helicopter', 'frigate', 'radar', 'f-16', 'tank', 'mi-35'].map((q) => `/api/v1/deals?q=${q}&sort=tivDelivered:desc`),
  },
  {
    name: '/deals.csv (a supplier’s deals)',
    paths: ['FRA', 'GBR', 'DEU', 'ISR'].map((id) => `/api/v1/deals.csv?supplier=${id}`),
  },
];

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

async function startServerProcess() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../server/main.ts', import.meta.url))], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    // Its log (a line per request) is not the bench's.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (attempt > 300) throw new Error('the server did not answer /healthz within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    /** What the server holds in memory (Linux only): the dataset, its indexes, and what serving keeps. */
    residentMegabytes: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const kilobytes = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
      return kilobytes ? Math.round(kilobytes / 1024) : null;
    },
    stop: () => child.kill('SIGTERM'),
  };
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

async function main() {
  const server = await startServerProcess();
  console.log(`API server load test, ${new Date().toISOString()}`);
  console.log(`${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}; ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, gzip accepted`);
  console.log(`${'endpoint'.padEnd(36)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 7)}`);
  let failures = 0;
  try {
    for (const { name, paths } of SCENARIOS) {
      // Warm the core's indexes and sorts first: the bench measures serving, not the first request.
      for (const path of paths) await (await fetch(`${server.url}${path}`)).arrayBuffer();
      const result = await autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { 'accept-encoding': 'gzip' },
        requests: paths.map((path) => ({ method: 'GET', path })),
      });
      const errors = result.errors + result.timeouts + result.non2xx;
      failures += errors;
      console.log(
        `${name.padEnd(36)} ${pad(Math.round(result.requests.average), 8)} ${pad(result.latency.p50, 8)} ${pad(result.latency.p99, 8)} ${pad(errors, 7)}`,
      );
    }
    const megabytes = await server.residentMegabytes();
    if (megabytes) console.log(`Server process memory (resident) after the run: ${megabytes} MB`);
  } finally {
    server.stop();
  }
  if (failures > 0) {
    console.error(`${failures} errors or non-2xx answers: the server must answer every request.`);
    process.exit(1);
  }
}

await main();
