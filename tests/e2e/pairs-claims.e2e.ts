import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('country pairs and claims in Chromium', () => {
  it('draws four pairs with orders and events, and downloads one row per pair and year', async () => {
    const { page, errors } = await openPage(browser, '/pairs?from=2010&to=2020');
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.recharts-line').count()).toBe(8);
    await page.getByRole('heading', { name: 'Events on this timeline' }).waitFor();
    expect(await page.locator('.recharts-reference-line').count()).toBeGreaterThanOrEqual(3);
    // Each year's orders are a step centred on it, so the last year's too has a width (ends with a level run).
    const lastRuns = await page.locator('.recharts-line path[stroke-dasharray="5 4"]').evaluateAll((paths) =>
      paths.map((path) => {
        const points = [...(path.getAttribute('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
        const [[x0, y0], [x1, y1]] = points.slice(-2) as [[number, number], [number, number]];
        return y0 === y1 ? x1 - x0 : 0;
      }),
    );
    expect(lastRuns).toHaveLength(4);
    for (const run of lastRuns) expect(run).toBeGreaterThan(10);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + 4 * 11);
    expect(rows[0]!.slice(4, 7)).toEqual(['Year', 'Delivered: SIPRI TIV (millions)', 'Ordered (by year of order): SIPRI TIV (millions)']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws each event's dashed line up to its label, also to a label raised above its neighbour's", async () => {
    // Over all years, 2014–2016's labels are too close to share a row.
    const { page, errors } = await openPage(browser, '/pairs');
    await page.locator('.event-label').first().waitFor({ timeout: 30_000 });
    const gaps = await page.locator('.event-label text').evaluateAll((texts) =>
      texts.map((text) => {
        const label = text.getBoundingClientRect();
        const x = label.left + label.width / 2;
        const tops = [...document.querySelectorAll('.recharts-wrapper line[stroke-dasharray="2 3"]')]
          .map((line) => line.getBoundingClientRect())
          .filter((line) => Math.abs(line.left - x) < 1.5)
          .map((line) => line.top);
        return { text: text.textContent, bottom: Math.round(label.bottom), gap: Math.min(...tops) - label.bottom };
      }),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(gaps.map(({ bottom }) => bottom)).size, 'labels in more than one row').toBeGreaterThan(1);
    for (const { text, gap } of gaps) expect(gap, `label ${text}`).toBeGreaterThanOrEqual(0);
    for (const { text, gap } of gaps) expect(gap, `label ${text}`).toBeLessThan(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the deals of the pair nearest the pointer anywhere in a year’s column, and says so beside the pointer', async () => {
    const { page, errors } = await openPage(browser, '/pairs?pairs=RUS:IND,USA:IND&from=2000&to=2020&orders=hide');
    const surface = page.locator('.recharts-surface').first();
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    await surface.scrollIntoViewIfNeeded();
    const box = (await surface.boundingBox())!;
    const x = box.x + box.width * 0.6;
    // High in the plot, far above both lines: Russia's (the higher) is the nearer.
    await page.mouse.move(x, box.y + 40);
    const tooltip = page.locator('.recharts-tooltip-wrapper .chart-tooltip');
    await tooltip.getByText(/Click near a line for its deals\./).waitFor();
    const year = (await tooltip.locator('.chart-tooltip__year').textContent())!.slice(5);
    await page.mouse.click(x, box.y + 40);
    await page.getByRole('heading', { level: 2, name: `Deals behind Russia (incl. Soviet Union) → India, ${year}` }).waitFor();
    // Low in the plot, just above the x axis: the United States' line (near 0 that year) is the nearer.
    await page.getByRole('button', { name: 'Close' }).click();
    await surface.scrollIntoViewIfNeeded();
    const again = (await surface.boundingBox())!;
    const axis = (await page.locator('.recharts-cartesian-axis.xAxis line.recharts-cartesian-axis-line').boundingBox())!;
    await page.mouse.move(again.x + again.width * 0.6, axis.y - 4);
    await page.mouse.click(again.x + again.width * 0.6, axis.y - 4);
    await page.getByRole('heading', { level: 2, name: `Deals behind United States → India, ${year}` }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a tapped year’s values under the chart on a phone, not over it', async () => {
    const { page, errors } = await openPage(browser, '/pairs', PHONE);
    const chart = page.locator('.recharts-wrapper').first();
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    // Under the chart: the last year's values, until another year is tapped.
    const below = page.locator('.pairs-readout-below');
    await below.getByText('Tap or point at a year on the chart for its values.').waitFor();
    const year = below.locator('.chart-tooltip__year');
    const last = await year.textContent();
    expect(last).toMatch(/^Year \d{4}$/);
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const height = (await below.boundingBox())!.height;
    await page.touchscreen.tap(box.x + box.width * 0.7, box.y + box.height / 2);
    await expect.poll(() => year.textContent()).not.toBe(last);
    expect((await below.boundingBox())!.height).toBe(height); // nothing under it moves
    const shown = (await below.locator('.chart-tooltip').boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(box.y + box.height - 1); // the plot stays in view
    expect(shown.x).toBeGreaterThanOrEqual(0);
    expect(shown.x + shown.width).toBeLessThanOrEqual(390);
    expect(await page.locator('.recharts-tooltip-wrapper .chart-tooltip').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // A second tap on the year shown opens its deals, as on the share chart, and the values under the chart say so.
    await below.getByText('Tap near a line of this year again for its deals.', { exact: false }).waitFor();
    const tapped = (await year.textContent())!.slice(5);
    await page.touchscreen.tap(box.x + box.width * 0.7, box.y + box.height / 2);
    await page.getByRole('heading', { level: 2, name: new RegExp(`^Deals behind .* → .*, ${tapped}$`) }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a year’s values from the keyboard as one polite sentence', async () => {
    const { page, errors } = await openPage(browser, '/pairs?pairs=RUS:PAK,USA:IND&from=2010&to=2020&window=5');
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    // The live region is there before any year is: one that appears with its text is often not read.
    const spoken = page.locator('p[aria-live="polite"][aria-atomic="true"]');
    expect(await spoken.textContent()).toBe('');
    await page.locator('.recharts-wrapper svg[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const sentence =
      /^Year 20\d\d, TIV \(millions\), rolling five-year sums: Russia \(incl\. Soviet Union\) → Pakistan: delivered [\d.,]+, ordered [\d.,]+; United States → India: delivered [\d.,]+, ordered [\d.,]+\. The Table tab lists the deals behind each value\.$/;
    await expect.poll(() => spoken.textContent()).toMatch(sentence);
    const year = (await spoken.textContent())!.slice(5, 9);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => spoken.textContent()).toMatch(new RegExp(`^Year ${Number(year) + 1}, `));
    // The readout drawn for the eye is not read again, and nothing in the chart interrupts.
    expect(await page.locator('.recharts-tooltip-wrapper .chart-tooltip[aria-hidden="true"]').getByText(/^Year 20\d\d$/).count()).toBe(1);
    expect(await page.locator('.recharts-wrapper [aria-live]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checks every claim live and shows its verdict', async () => {
    // How many cards show a verdict when the page's status line first says the checks are done: watched from before
    // the page's own scripts run, so that the moment cannot pass unseen.
    const { page, errors } = await openPage(browser, '/claims', undefined, () => {
      const observer = new MutationObserver(() => {
        const said = [...document.querySelectorAll('p[role="status"]')].some((line) => /claims? checked/.test(line.textContent ?? ''));
        if (!said) return;
        observer.disconnect();
        (window as { verdictsWhenSaid?: number }).verdictsWhenSaid = document.querySelectorAll('.verdict').length;
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('heading', { level: 1, name: 'News claims checked against the data' }).waitFor({ timeout: 30_000 });
    const verdicts = page.locator('.verdict');
    await expect.poll(() => verdicts.count(), { timeout: 20_000 }).toBe(5);
    expect(await page.evaluate(() => (window as { verdictsWhenSaid?: number }).verdictsWhenSaid)).toBe(5); // the line and the cards agree
    expect(await page.getByRole('status').filter({ hasText: /claims checked/ }).textContent()).toBe(
      '5 claims checked: 2 supported, 1 not supported by SIPRI data, 2 about a different measure.',
    );
    // The March 2026 release's answers. The two claims counted in money or contracts are a different measure, by one
    // rule; the 2012 claim is judged on the data up to 2012, in which the US share of Pakistan's imports did not fall.
    // After the icon, "Verdict:" for a screen reader.
    expect((await verdicts.allTextContents()).map((text) => text.replace(/^\W+/, '').trim())).toEqual([
      'Verdict: Supported',
      'Verdict: Different measure',
      'Verdict: Different measure',
      'Verdict: Supported',
      'Verdict: Not supported by SIPRI data',
    ]);
    await page.getByRole('heading', { level: 3, name: 'What came after (not part of the verdict)' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
