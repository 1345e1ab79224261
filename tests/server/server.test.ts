import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS_PATH, EVENTS_PATH, FLOWS_PATH, ORDERS_PATH, REGISTER_PATH } from '../../core/dataset/load.ts';
import { splitDataset } from '../../core/dataset/split.ts';
import type { Stories } from '../../core/endpoints/stories.ts';
import { API_CACHE_CONTROL } from '../../server/app.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { SNAPSHOT_CHECK_SCRIPT } from '../../src/app/boot-snapshot-check.ts';
import { miniDatasetFile, miniSources, miniStories } from '../fixtures/mini-dataset.ts';

/** The server's HTTP beyond the API's answers (those are in tests/api/, over both transports). */

const INDEX = '<!doctype html><title>Arms Transfer Tracker</title><div id="root"></div>';
/** The one inline script the policy allows: the prerendered snapshot's check, by its hash. */
const SNAPSHOT_CHECK_HASH = `'sha256-${createHash('sha256').update(SNAPSHOT_CHECK_SCRIPT).digest('base64')}'`;
/** A page the build prerendered (src/prerender.tsx). */
const SHARES = '<!doctype html><title>Arms Transfer Tracker</title><div id="prerendered"></div><div id="root"></div>';
const SCRIPT = 'console.log("the app");'.repeat(100);

let root: string;
let siteDir: string;
let server: RunningServer;
let storiesWait: Promise<void> | null = null;
const logged: string[] = [];

/** A built site in a temporary folder, with a secret file beside it that must never be served. */
async function writeSite(dir: string) {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'shares.html'), SHARES);
  await writeFile(join(dir, 'assets', 'app-Bx2c9dQ1.js'), SCRIPT);
  await writeFile(join(dir, 'assets', 'app-Bx2c9dQ1.js.gz'), gzipSync(SCRIPT));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'att-server-'));
  siteDir = join(root, 'site');
  await writeSite(siteDir);
  await writeFile(join(root, 'secret.txt'), 'SECRET');
  const stories = miniStories();
  server = await startServer({
    siteDir,
    // Events wait while a test holds them, to reach the time limit.
    sources: miniSources({ getStories: async (): Promise<Stories> => (await storiesWait, stories) }),
    timeoutMs: 300,
    log: (line) => logged.push(line),
  });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

/** A request sent as written (fetch would normalise `..` away), its status and body. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the API over HTTP', () => {
  it('is cacheable per release: Cache-Control, an ETag, and 304 for a client that has it', async () => {
    const first = await get('/api/v1/shares?recipient=IND');
    expect(first.headers.get('cache-control')).toBe(API_CACHE_CONTROL);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"[0-9a-f]{40}"$/);
    const again = await get('/api/v1/shares?recipient=IND', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get('/api/v1/shares?recipient=PAK', { headers: { 'If-None-Match': tag! } });
    expect(other.status).toBe(200);
  });

  it('never lets an error be cached', async () => {
    const answer = await get('/api/v1/shares?recipient=XYZ');
    expect(answer.status).toBe(400);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('compresses what is worth it, for a client that accepts gzip', async () => {
    const answer = await get('/api/v1/deals?pageSize=10', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(answer.headers.get('vary')).toContain('Accept-Encoding');
    expect((await answer.json()).total).toBe(6);
    const csv = await get('/api/v1/deals.csv', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(csv.headers.get('content-encoding')).toBe('gzip');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="deals_sipri-march-2026.csv"');
  });

  it('may be read by any site (CORS for GET), and says which file a download is', async () => {
    const answer = await get('/api/v1/meta', { headers: { Origin: 'https://notebook.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toBe('Content-Disposition');
    const preflight = await get('/api/v1/meta', {
      method: 'OPTIONS',
      headers: { Origin: 'https://notebook.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-requested-with' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD');
  });

  it('is data, never a page: nothing may run in it or frame it', async () => {
    const answer = await get('/api/v1/meta');
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers an answer that waits too long with 503 timeout, and still answers the next request', async () => {
    let release = () => undefined as void;
    storiesWait = new Promise((resolve) => (release = resolve));
    try {
      const answer = await get('/api/v1/events');
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ error: { code: 'timeout', message: expect.stringContaining('0.3 s') } });
    } finally {
      release();
      storiesWait = null;
    }
    expect((await get('/api/v1/events')).status).toBe(200);
  });

  it('refuses a request body over 1 KiB with 413, and a URL over 64 KiB with 431, as the JSON error', async () => {
    const big = await get('/api/v1/meta', { method: 'POST', body: 'x'.repeat(2048) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('request_too_large');
    const long = await rawGet(`/api/v1/deals?q=${'x'.repeat(70_000)}`);
    expect(long.status).toBe(431);
    expect(JSON.parse(long.body).error.code).toBe('request_too_large');
    // A long URL within the limit is the API's to judge.
    const judged = await get(`/api/v1/deals?q=${'x'.repeat(30_000)}`);
    expect(judged.status).toBe(400);
    expect((await judged.json()).error.parameter).toBe('q');
  });
});

describe('the site', () => {
  it('serves the app at any app path, revalidated, under the site’s CSP that only the site may frame', async () => {
    for (const path of ['/', '/deals', '/deals/6', '/deals/42', '/claims', '/no/such/page', '/shares/extra']) {
      const page = await get(path);
      expect(await page.text(), path).toBe(INDEX);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      expect(page.headers.get('content-security-policy'), path).toBe(
        `default-src 'self'; script-src 'self' ${SNAPSHOT_CHECK_HASH}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'`,
      );
      expect(page.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
    // The prerendered view's own page, for its path only: the view with a query string is index.html.
    expect(await (await get('/shares')).text()).toBe(SHARES);
    expect(await (await get('/shares?recipient=USA')).text()).toBe(SHARES);
    const tag = (await get('/deals')).headers.get('etag');
    expect((await get('/deals', { headers: { 'If-None-Match': tag! } })).status).toBe(304);
  });

  it('answers 200 for the app’s pages, and 404 with the app (its “not found” page) for any other path; the API’s own 404 stays JSON', async () => {
    const pages = ['/', '/shares', '/shares/', '/Shares?recipient=PAK', '/pairs', '/deals', '/deals/6', '/claims', '/embed/shares', '/embed/pairs?controls=none'];
    for (const path of pages) expect((await get(path)).status, path).toBe(200);
    // Not a deal's number, or a deal the register does not have (the mini dataset has 6).
    for (const path of ['/nope', '/shares/extra', '/pairs/IND-RUS', '/deals/42/more', '/deals/0', '/deals/abc', '/deals/7', '/embed', '/embed/deals', '/index.html']) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await page.text(), path).toBe(INDEX);
    }
    const api = await get('/api/v1/nope');
    expect(api.status).toBe(404);
    expect((await api.json()).error.code).toBe('not_found');
  });

  it('lets other sites frame /embed/ pages only', async () => {
    for (const path of ['/embed/shares?recipient=IND', '/embed/pairs?pairs=RUS:PAK&controls=none']) {
      const page = await get(path);
      expect(await page.text(), path).toBe(INDEX);
      expect(page.headers.get('content-security-policy'), path).not.toContain('frame-ancestors');
      expect(page.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(page.headers.get('x-frame-options'), path).toBeNull();
    }
  });

  it('caches hashed assets for a year, sending the precompressed file', async () => {
    const asset = await get('/assets/app-Bx2c9dQ1.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await asset.text()).toBe(SCRIPT);
  });

  it('answers 404 for a missing file (not the app), and serves nothing outside the site nor added to it later', async () => {
    const missing = await get('/assets/gone-A1b2.js');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '//secret.txt']) {
      const answer = await rawGet(path);
      expect(answer.body, path).not.toContain('SECRET');
    }
    await writeFile(join(siteDir, 'added-later.txt'), 'LATER');
    expect(await (await get('/added-later.txt')).text()).not.toContain('LATER');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const answer = await get('/deals', { method: 'POST', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, HEAD');
    expect((await answer.json()).error.code).toBe('method_not_allowed');
  });
});

describe('operations', () => {
  it('answers /healthz with the release it serves, never cached', async () => {
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.json()).toEqual({ status: 'ok', release: 'March 2026', generated: '2026-05-18T14:29:20' });
  });

  it('logs one line per request: method, path and query, status, time', async () => {
    logged.length = 0;
    await get('/api/v1/deals?q=mi%0A35');
    await get('/deals');
    expect(logged).toEqual([expect.stringMatching(/^GET \/api\/v1\/deals\?q=mi%0A35 200 \d+\.\dms$/), expect.stringMatching(/^GET \/deals 200 \d+\.\dms$/)]);
  });
});

describe('start-up', () => {
  /** A built site whose data files are these (a file left out is missing). */
  async function siteWith(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(root, 'site-'));
    await writeSite(dir);
    await mkdir(join(dir, 'data'));
    for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
    return dir;
  }
  const stories = miniStories();
  const files = splitDataset(miniDatasetFile());
  const good = {
    [FLOWS_PATH]: JSON.stringify(files.flows),
    [ORDERS_PATH]: JSON.stringify(files.orders),
    [REGISTER_PATH]: JSON.stringify(files.register),
    [EVENTS_PATH]: JSON.stringify(stories.events),
    [CLAIMS_PATH]: JSON.stringify(stories.claims),
  };

  it('reads every data file from the built site, validated, and then serves them', async () => {
    const running = await startServer({ siteDir: await siteWith(good), log: () => undefined });
    try {
      expect((await (await fetch(`${running.url}/api/v1/meta`)).json()).counts.deals).toBe(6);
    } finally {
      await running.close();
    }
  });

  it.each([
    ['missing flows', { ...good, [FLOWS_PATH]: undefined }, /data\/flows\.\w+\.json could not be read \(ENOENT\)/],
    ['flows that are not JSON', { ...good, [FLOWS_PATH]: '{"format": "arms-' }, /data\/flows\.\w+\.json is not valid JSON/],
    ['flows of another version', { ...good, [FLOWS_PATH]: JSON.stringify({ ...files.flows, version: 99 }) }, /The dataset does not have the expected format \(version/],
    ['a missing register (the mock loads it only for deals)', { ...good, [REGISTER_PATH]: undefined }, /data\/register\.\w+\.json could not be read/],
    ['a register that does not fit', { ...good, [REGISTER_PATH]: JSON.stringify({ ...files.register, deals: {} }) }, /The deals register does not have the expected format \(deals/],
    ['missing claims', { ...good, [CLAIMS_PATH]: undefined }, /claims-v3\.json could not be read/],
  ])('refuses to start on %s, saying what is wrong', async (_, files, message) => {
    const present = Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined));
    await expect(startServer({ siteDir: await siteWith(present), log: () => undefined })).rejects.toThrow(message);
  });

  it('refuses to start without a built site', async () => {
    await expect(startServer({ siteDir: join(root, 'nowhere'), log: () => undefined })).rejects.toThrow(/index\.html is missing: build the site first/);
  });

  it('exits with a non-zero code and the reason when started on bad data (npm start)', async () => {
    const dir = await siteWith({ ...good, [FLOWS_PATH]: '[]' });
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, SITE_DIR: dir, PORT: '0' } });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^The server did not start: .*format/) });
  });
});
