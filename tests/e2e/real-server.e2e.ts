import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CACHE_CONTROL } from '../../server/app.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { launchBrowser, openPage, serveFrom } from './browser.ts';

/**
 * The main journeys again, with the mock off: the site built for a real API (`npm run build:server`, into
 * dist-server/) served by the Node server with API v1, on a free port. Every API answer must come from the server.
 */

const SITE_DIR = fileURLToPath(new URL('../../dist-server', import.meta.url));

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ siteDir: SITE_DIR, log: () => undefined });
  serveFrom(server.url);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The paths a page asked for, and whether each API answer came from the server (which alone sets Cache-Control). */
function watchRequests(page: Page) {
  const paths: string[] = [];
  const apiFromServer: boolean[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      apiFromServer.push(!response.fromServiceWorker() && response.headers()['cache-control'] === API_CACHE_CONTROL);
    }
  });
  return { paths, apiFromServer };
}

describe('the app over the real API server in Chromium', () => {
  it('draws the overview from the server: no service worker, no dataset download', async () => {
    const { page, errors } = await openPage(browser, '/');
    const seen = watchRequests(page);
    await page.reload();
    await page.getByRole('heading', { name: /India’s arms imports by supplier, 1950–2025/ }).waitFor({ timeout: 30_000 });
    await page.locator('.svg-chart__layer').first().waitFor();
    expect(await page.locator('.svg-chart__layer').count()).toBe(3);
    expect(await page.getByRole('contentinfo').textContent()).toContain('March 2026 release');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(seen.paths.filter((path) => path.startsWith('/api/v1/')).length).toBeGreaterThan(0);
    expect(seen.apiFromServer.length).toBeGreaterThan(0);
    expect(seen.apiFromServer.every(Boolean)).toBe(true);
    expect(seen.paths.filter((path) => path.startsWith('/data/'))).toEqual([]);
    // Any CSP violation (the header's policy and the page's meta policy) would be a console error.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the share explorer’s years and downloads exactly that view', async () => {
    const { page, errors } = await openPage(browser, '/shares?from=2011&to=2025');
    await page.getByRole('heading', { level: 1, name: 'Who supplied India’s arms imports, 2011–2025' }).waitFor({ timeout: 30_000 });
    await page.getByRole('slider', { name: 'Start year' }).focus();
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { level: 1, name: /2016–2025/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('who-supplied-india-s-arms-imports-2016-2025_share_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the Mi-35M deal, downloads the CSV from /api/v1/deals.csv, and opens the deal by its link', async () => {
    const { page, errors } = await openPage(browser, '/deals?supplier=RUS&recipient=PAK&q=mi-35m');
    const seen = watchRequests(page);
    const row = page.getByRole('row').filter({ hasText: 'Mi-35M' });
    await row.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/ }).click()]);
    expect(seen.paths).toContain('/api/v1/deals.csv');
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const mi35 = rows.find((r) => r[header.indexOf('Weapon designation')] === 'Mi-35M')!;
    expect(mi35[header.indexOf('TIV delivered: SIPRI TIV (millions)')]).toBe('46');
    await row.getByRole('link', { name: 'Mi-35M' }).click();
    await page.getByRole('heading', { level: 1, name: /Mi-35M/ }).waitFor();
    // The deal's own URL, opened afresh: the server answers the app for it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Mi-35M/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery').count()).toBe(1);
    expect(seen.apiFromServer.every(Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws country pairs with their events and checks the news claims live', async () => {
    const { page, errors } = await openPage(browser, '/pairs?from=2010&to=2020');
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.recharts-line').count()).toBe(8);
    await page.getByRole('heading', { name: 'Events on this timeline' }).waitFor();
    await page.goto(`${server.url}/claims`);
    await page
      .getByRole('status')
      .filter({ hasText: '5 claims checked: 2 supported, 1 not supported by SIPRI data, 2 about a different measure.' })
      .waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends each view’s page with its own title, description and link-preview tags, and lets only /embed/ be framed elsewhere', async () => {
    const answer = await fetch(`${server.url}/shares?recipient=PAK&from=2011`);
    const html = await answer.text();
    expect(html).toContain('<title>Who supplied Pakistan’s arms imports, 2011–2025 · Arms Transfer Tracker</title>');
    expect(html).toContain('<meta property="og:title" content="Who supplied Pakistan’s arms imports, 2011–2025" />');
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    // The view's own picture, drawn by the server from the real data: a 1200 × 630 PNG. Other pages keep the fixed one.
    const image = /<meta property="og:image" content="([^"]+)" \/>/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(image).toBe(`${server.url}/og/shares.png?recipient=PAK&from=2011`);
    const picture = await fetch(image!);
    expect(picture.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await picture.arrayBuffer());
    expect([bytes.subarray(1, 4).toString(), bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual(['PNG', 1200, 630]);
    expect(await (await fetch(`${server.url}/deals`)).text()).toContain(`<meta property="og:image" content="${server.url}/og-image.png" />`);
    expect((await fetch(`${server.url}/og-image.png`)).headers.get('content-type')).toBe('image/png');
    const embed = await fetch(`${server.url}/embed/shares?recipient=PAK&controls=none`);
    expect(embed.headers.get('content-security-policy')).not.toContain('frame-ancestors');
    expect(await embed.text()).toContain('<title>Who supplied Pakistan’s arms imports, 1950–2025 · Arms Transfer Tracker</title>');
    // The page the browser gets is the app all the same: it draws, with no CSP error.
    const { page, errors } = await openPage(browser, '/embed/shares?recipient=PAK&controls=none');
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the app’s not-found page for an unknown path', async () => {
    const { page } = await openPage(browser, '/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
