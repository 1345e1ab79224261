import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, PHONE, SMALL_PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('share explorer in Chromium', () => {
  it('opens a shared URL, moves the years by keyboard, redraws and downloads exactly that view', async () => {
    const { page, errors } = await openPage(browser, '/shares?from=2011&to=2025');
    await page.getByRole('heading', { level: 1, name: 'Who supplied India’s arms imports, 2011–2025' }).waitFor({ timeout: 30_000 });
    await page.locator('.svg-chart__layer').first().waitFor();

    const start = page.getByRole('slider', { name: 'Start year' });
    await start.focus();
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { level: 1, name: /2016–2025/ }).waitFor();
    // The URL takes the years once the slider rests; 2025 is the last year of the data, the default: it is left out.
    await page.waitForURL((url) => url.search === '?from=2016');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: /2017–2025/ }).waitFor();
    await page.getByText('2017–2025:', { exact: true }).waitFor();
    expect(await page.locator('.svg-chart__layer').count()).toBeGreaterThanOrEqual(3);
    // The chart starts at the new first year: hovering its left edge reads 2017.
    await page.locator('.svg-chart svg').hover({ position: { x: 86, y: 300 } });
    await page.locator('.svg-chart__readout .chart-tooltip__year', { hasText: '2017' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('who-supplied-india-s-arms-imports-2017-2025_share_sipri-march-2026.csv');
    const text = await readFile((await download.path())!, 'utf8');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 3)).toEqual([
      'Year',
      'Russia (incl. Soviet Union): SIPRI TIV (millions)',
      'Russia (incl. Soviet Union): share of total (%)',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(rows[1]!.at(-1)).toContain('March 2026 release');

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // The SVG carries its own styling (no page CSS), the title and the source.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const markup = await readFile((await svg.path())!, 'utf8');
    expect(markup).toContain('Who supplied India’s arms imports, 2017–2025');
    expect(markup).toContain('March 2026 release');
    // The picture travels without the page: it says what TIV is (its text wraps, hence the tolerant match).
    expect(markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toMatch(/trend-indicator value in millions: a measure of the military capability transferred, not US dollars\./);
    expect(markup).toMatch(/<path class="svg-chart__layer"[^>]* fill="[^"]+"/);

    // A click on a segment lists the deals behind it: just above the x axis, mid-chart, is Russia's (the bottom layer).
    const chart = page.locator('.svg-chart svg');
    const { width, height } = (await chart.boundingBox())!;
    await chart.click({ position: { x: width / 2, y: height - 32 } });
    await page.getByRole('region', { name: /^Deals behind Russia \(incl\. Soviet Union\) → India, 20\d\d/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a touch screen, shows a year at the first tap and its deals at the second', async () => {
    const { page, errors } = await openPage(browser, '/shares?recipient=IND&from=1980&to=2000', PHONE);
    const chart = page.locator('.svg-chart svg');
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    // Just above the x axis, mid-chart: Russia's layer (the bottom one).
    const point = { x: box.x + box.width * 0.6, y: box.y + box.height - 40 };
    await page.touchscreen.tap(point.x, point.y);
    await page.locator('.svg-chart__readout .chart-tooltip__total', { hasText: 'Tap a segment of this year again for its deals.' }).waitFor();
    const deals = page.getByRole('region', { name: /^Deals behind Russia \(incl\. Soviet Union\) → India, 19\d\d/ });
    expect(await deals.count()).toBe(0);
    await page.touchscreen.tap(point.x, point.y);
    await deals.waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 360 px phone: no page wider than the screen, wide tables scroll in their box', async () => {
    const { page, errors } = await openPage(browser, '/', SMALL_PHONE);
    // The chart captions' source URL, a slash-joined description in a deal card, the year-by-year tables.
    for (const [path, ready] of [
      ['/shares?recipient=PAK', '.svg-chart__layer'],
      ['/shares?ranking=exporters', '.ranked-bars__row'],
      ['/pairs', '.recharts-line'],
      ['/deals?q=minehunter', '.deals-table tbody tr'],
      ['/shares?tab=table', '.table-scroll.figures tbody tr'],
      ['/pairs?tab=table', '.table-scroll.figures tbody tr'],
      ['/claims', '.claim .recharts-xAxis'],
    ] as const) {
      await page.goto(appUrl(path));
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // The claims' bar charts, ~100 px wide here, still mark where their axis starts: one per claim, and one for what
    // came after the 2012 claim.
    await page.goto(appUrl('/claims'));
    await expect.poll(() => page.locator('.claim .recharts-xAxis').count(), { timeout: 30_000 }).toBe(6);
    // Recharts draws the tick labels in a layer of their own, the x axis's first.
    const starts = await page
      .locator('.claim svg.recharts-surface')
      .evaluateAll((charts) => charts.map((chart) => chart.querySelector('.recharts-cartesian-axis-tick-value')?.textContent));
    expect(starts.every((start) => start === '0' || start === '0%'), starts.join(' ')).toBe(true);
    await page.goto(appUrl('/pairs?tab=table'));
    await page.locator('.table-scroll.figures tbody tr').first().waitFor({ timeout: 30_000 });
    // Scrolled sideways, the table keeps its years in view.
    const table = page.locator('.table-scroll.figures');
    await table.evaluate((box) => (box.scrollLeft = box.scrollWidth));
    const year = (await table.getByRole('rowheader').first().boundingBox())!;
    expect(year.x).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
