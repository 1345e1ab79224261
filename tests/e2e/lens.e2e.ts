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

describe('the weapon lens in Chromium', () => {
  // "What share of India's combat aircraft came from Russia since 2000, and which deals were they?" SIPRI's category
  // is Aircraft (combat aircraft, helicopters, transports, trainers): the deals say which were which.
  it('answers Russia’s share of India’s aircraft since 2000 and its deals in three clicks from the home page', async () => {
    const { page, errors } = await openPage(browser, '/');
    // 1. The preset.
    await page.getByRole('link', { name: 'Russia’s share of India’s aircraft since 2000, and its deals' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Who supplied India’s aircraft imports, 2000–2025' }).waitFor();
    // 2. Russia's share in the period's summary, a share of the aircraft total, opens its deals.
    const share = page.getByRole('button', { name: /^Russia \(incl\. Soviet Union\) \d+% of India’s aircraft imports, 2000–2025: show the deals$/ });
    await share.click({ timeout: 30_000 });
    const percent = /(\d+)%/.exec((await share.textContent())!)![1]!;
    expect(Number(percent)).toBeGreaterThan(50);
    const deals = page.getByRole('region', { name: `Deals behind Russia (incl. Soviet Union): ${percent}% of India’s aircraft imports, 2000–2025` });
    const rows = deals.locator('tbody tr');
    await rows.first().waitFor();
    // The largest first: the Su-30MK licence production, an aircraft; no ship or missile among them.
    expect(await rows.first().textContent()).toMatch(/Su-30MK/);
    expect(await deals.getByText(/^\d+ deals with deliveries in 2000–2025$/).count()).toBe(1);
    expect(await deals.textContent()).not.toMatch(/frigate|missile/i);
    // 3. All of them in the deals table, with the same filters.
    await deals.getByRole('link', { name: 'Open these deals in the deals table' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' }).waitFor();
    const filters = new URL(page.url()).searchParams;
    expect(Object.fromEntries(filters)).toEqual({ supplier: 'RUS', recipient: 'IND', category: 'Aircraft', from: '2000', to: '2025', ussr: 'together' });
    expect(await page.getByRole('checkbox', { name: /^Aircraft/ }).isChecked()).toBe(true);
    await page.locator('.deals-table tbody tr').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the Mi-35M as four helicopters delivered in 2018 and four ordered in 2015, and downloads them with their filter', async () => {
    const { page, errors } = await openPage(browser, '/pairs?pairs=RUS:PAK&weapon=mi-35&measure=units');
    await page.getByRole('heading', { level: 1, name: 'Deliveries and orders of weapons matching “mi-35” between country pairs, 1950–2025' }).waitFor({ timeout: 30_000 });
    await page.locator('.recharts-line').first().waitFor();
    expect(await page.getByRole('list', { name: 'Pairs' }).textContent()).toContain('Russia (incl. Soviet Union) → Pakistan: 4 delivered, 4 ordered (units); 46 TIV (millions) delivered');
    expect(await page.getByText('1 deal from Russia (incl. Soviet Union) to Pakistan matches, in any year.').count()).toBe(1);
    // Whole weapons on the axis: 0 to 4.
    const ticks = page.locator('[class*="yAxis"] .recharts-cartesian-axis-tick-value');
    await expect.poll(() => ticks.allTextContents()).toEqual(['0', '1', '2', '3', '4']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pairs_russia-incl-soviet-union-pakistan_weapons-matching-mi-35_units_1950-2025_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(4)).toEqual([
      'Year',
      'Delivered: units (number of weapons)',
      'Ordered (by year of order): units (number of weapons)',
      'Delivered: SIPRI TIV (millions)',
      'Ordered (by year of order): SIPRI TIV (millions)',
      'Yearly allocation of deliveries',
      'Weapons counted',
      'Source',
    ]);
    const year = (y: string) => [...rows.find((row) => row[4] === y)!.slice(5, 9), rows.find((row) => row[4] === y)![10]];
    expect(year('2015')).toEqual(['0', '4', '0', '46', 'Weapons matching “mi-35”']);
    expect(year('2018')).toEqual(['4', '0', '46', '0', 'Weapons matching “mi-35”']);

    // The picture carries its filter too.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const markup = await readFile((await svg.path())!, 'utf8');
    expect(markup).toContain('Deliveries and orders of weapons matching “mi-35” between country pairs, 1950–2025');
    expect(markup).toContain('Units (number of weapons) delivered, and ordered by year of order (dashed); Weapons matching “mi-35”');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works on a phone: the categories, the search and the units chart fit the screen', async () => {
    const { page, errors } = await openPage(browser, '/pairs?pairs=RUS:PAK&category=Aircraft&weapon=helicopter&measure=units&from=1965', PHONE);
    await page.locator('.recharts-line').first().waitFor({ timeout: 30_000 });
    // The settings fold on a phone: one tap opens them.
    await page.getByRole('button', { name: 'Settings: 1 pair, aircraft, “helicopter”, 1965–2025, units, with orders' }).tap();
    await page.getByText('Armament category:').tap();
    const aircraft = page.getByRole('checkbox', { name: 'Aircraft' });
    expect(await aircraft.isChecked()).toBe(true);
    const box = (await aircraft.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.getByRole('searchbox', { name: 'Weapon' }).fill('mi-35');
    await page.getByRole('heading', { level: 1, name: /aircraft matching “mi-35”/ }).waitFor();
    // Under the chart, the last year's values, in units.
    await page.locator('.pairs-readout-below').getByText('Units (weapons); Aircraft matching “mi-35”; orders dashed on the chart').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
