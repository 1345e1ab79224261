import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the world’s arms imports by region in Chromium', () => {
  it('gives Europe 33 % of 2021–2025 in the bars and the table, maps each country in its region’s class, and downloads the CSV', async () => {
    const { page, errors } = await openPage(browser, '/shares?ranking=importers&group=region&from=2021&to=2025');
    await page.getByRole('heading', { level: 1, name: 'The world’s arms imports by region, 2021–2025' }).waitFor({ timeout: 30_000 });

    // The bars: Europe first with 33 %, as SIPRI's March 2026 fact sheet has it.
    const bars = page.locator('.ranked-bars__row');
    await bars.first().waitFor();
    expect(await bars.first().getAttribute('aria-label')).toMatch(/^1\. Europe: 33%, 50,900 TIV \(millions\)\. Show the deals$/);
    expect(await bars.count()).toBe(6); // five regions and the parties of no region

    // The CSV of the ranking.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('the-world-s-arms-imports-by-region-2021-2025_bars_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(await readFile((await csv.path())!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows[1]!.slice(0, 3)).toEqual(['1', 'Europe', 'Europe']);
    expect(Number(rows[1]![4])).toBeCloseTo(32.9, 1);
    expect(rows[1]!.at(-1)).toContain('March 2026 release');

    // The table: the period's row gives Europe's 33 %.
    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /^The world’s arms imports by region, 2021–2025/ });
    const headers = await table.getByRole('columnheader').allTextContents();
    const europe = headers.findIndex((text) => text.startsWith('Europe'));
    const period = table.locator('tfoot tr');
    expect(await period.locator('th').textContent()).toBe('2021–2025 total');
    expect(await period.locator('td').nth(europe - 1).textContent()).toBe('50,900 (33%)');

    // The map: a European and an Asian country in their regions' classes (by TIV: Europe's 50,900 in the darkest).
    await page.getByRole('tab', { name: 'Map' }).click();
    const shape = (id: string) => page.locator(`.map-svg path[data-country="${id}"]`);
    await shape('FRA').waitFor({ timeout: 30_000 });
    const classOf = async (id: string) => [await shape(id).getAttribute('data-id'), await shape(id).getAttribute('data-class')];
    expect(await classOf('FRA')).toEqual(['Europe', '6']);
    expect(await classOf('POL')).toEqual(['Europe', '6']);
    expect(await classOf('IND')).toEqual(['Asia and Oceania', '5']);
    expect(await classOf('JPN')).toEqual(['Asia and Oceania', '5']);
    expect(await page.getByRole('list', { name: 'SIPRI TIV (millions) by region, 2021–2025; each country in its region’s colour' }).isVisible()).toBe(true);
    const notOnMap = page.getByRole('region', { name: 'Not on the map' });
    expect(await notOnMap.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^No region \(organisations, unknown parties\) 753 \(0\.49%\)/)]);
    // Pointing at Poland reads Europe's value.
    await shape('POL').hover();
    await page.locator('.map-readout--float', { hasText: /^Europe \(Poland’s region\): 50,900 TIV \(millions\), 33% of the total, 2021–2025\./ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
