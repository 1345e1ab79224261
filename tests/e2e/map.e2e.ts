import { readFile } from 'node:fs/promises';
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

const RUSSIA_2021_2025 = '/shares?supplier=RUS&from=2021&to=2025&tab=map';

describe('the share explorer’s map in Chromium', () => {
  it('colours Russia’s largest recipients darkest, lists what it cannot draw, follows the slider and downloads its SVG', async () => {
    const { page, errors } = await openPage(browser, RUSSIA_2021_2025);
    const shape = (id: string) => page.locator(`.map-svg path[data-country="${id}"]`);
    await shape('IND').waitFor({ timeout: 30_000 });
    // India (49%), China (13%) and Kazakhstan (8.5%) carry the three largest classes of seven.
    expect(await Promise.all(['IND', 'CHN', 'KAZ'].map((id) => shape(id).getAttribute('data-class')))).toEqual(['6', '5', '4']);
    const legend = page.getByRole('list', { name: /^Share of the arms exports of Russia \(incl\. Soviet Union\), 2021–2025$/ });
    expect(await legend.getByRole('listitem').allTextContents()).toContain('20% or more');
    const notOnMap = page.getByRole('region', { name: 'Not on the map' });
    expect(await notOnMap.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^House of Representatives \(Libya\)\* 71 \(0\.68%\)/)]);

    // The start year back to 2016: the map sums ten years.
    await page.getByRole('slider', { name: 'Start year' }).focus();
    await page.keyboard.press('PageDown');
    await page.getByRole('list', { name: /, 2016–2025$/ }).waitFor();
    await page.waitForURL((url) => url.search === '?supplier=RUS&from=2016&tab=map'); // 2025, the last year, is the default
    expect(await page.locator('.shares-map figcaption').textContent()).toMatch(/for 2016–2025 with the share of the total: India [\d,]+ \(\d+%\)/);

    // Hovering a country reads its value beside the pointer.
    await shape('CHN').hover();
    await page.locator('.map-readout--float', { hasText: /^China: [\d,]+ TIV \(millions\), [\d.]+% of the total, 2016–2025\./ }).waitFor();

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('whom-russia-incl-soviet-union-supplied-with-arms-2016-2025_share_sipri-march-2026_map.svg');
    const markup = await readFile((await svg.path())!, 'utf8');
    expect(markup).toContain('Whom Russia (incl. Soviet Union) supplied with arms, 2016–2025');
    expect(markup).toContain('Share of the arms exports of Russia (incl. Soviet Union), 2016–2025');
    expect(markup).toMatch(/<path [^>]*data-country="IND"[^>]* fill="#[0-9a-f]{6}"/);
    const text = markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('20% or more');
    expect(text).toMatch(/Not on the map: House of Representatives \(Libya\)\*/);
    expect(text).toContain('March 2026 release');
    expect(text).toContain('Natural Earth');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads its code and boundaries only when the Map tab opens', async () => {
    const { page, errors } = await openPage(browser, '/shares?supplier=RUS&from=2021&to=2025');
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    const loadedBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loadedBefore.filter((url) => url.includes('shares-map'))).toEqual([]);
    await page.getByRole('tab', { name: 'Map' }).click();
    await page.locator('.map-svg path[data-country="IND"]').waitFor();
    expect(scripts.some((path) => /\/assets\/shares-map-[\w-]+\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone’s width, and a tap shows the value under the map', async () => {
    const { page, errors } = await openPage(browser, RUSSIA_2021_2025, PHONE);
    const india = page.locator('.map-svg path[data-country="IND"]');
    await india.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const map = (await page.locator('.map-svg').boundingBox())!;
    expect(map.x).toBeGreaterThanOrEqual(0);
    expect(map.x + map.width).toBeLessThanOrEqual(390);
    await page.locator('.shares-map__figure').scrollIntoViewIfNeeded();
    const box = (await india.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 3);
    await page.locator('.map-readout--below', { hasText: /^India: 5,145 TIV \(millions\), 49% of the total, 2021–2025\. Tap it again/ }).waitFor();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 3);
    await page.getByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → India, 2021–2025' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
