import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('deals explorer in Chromium', () => {
  it('goes from the home page preset, the pair’s helicopters by year, to the Mi-35M row and downloads its CSV', async () => {
    const { page, errors } = await openPage(browser, '/');
    await page.getByRole('link', { name: 'Russia → Pakistan, helicopters' }).click({ timeout: 30_000 });
    await page.locator('.recharts-line').first().waitFor();
    await page.getByRole('link', { name: 'See them in the deals table' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Mi-35M' });
    await row.waitFor();
    expect(await row.textContent()).toContain('combat helicopter');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download CSV/ }).click()]);
    // The pair's Russia includes the Soviet Union, and so do its deals.
    expect(download.suggestedFilename()).toBe('deals_from-russia-soviet-union_to-pakistan_aircraft_helicopter_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    const header = rows[0]!;
    const mi35 = rows.find((r) => r[header.indexOf('Weapon designation')] === 'Mi-35M')!;
    const cell = (name: string) => mi35[header.indexOf(name)];
    expect(cell('Year of order')).toBe('2015');
    expect(cell('Number ordered')).toBe('4');
    expect(cell('Years of delivery')).toBe('2018');
    expect(cell('TIV delivered: SIPRI TIV (millions)')).toBe('46');

    await row.getByRole('link', { name: 'Mi-35M' }).click();
    await page.getByRole('heading', { level: 1, name: /Mi-35M/ }).waitFor();
    expect(await page.getByText('Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports all 29,916 deals in one request to the CSV endpoint', async () => {
    const { page, errors } = await openPage(browser, '/deals');
    const button = page.getByRole('button', { name: 'Download CSV (29,916 deals)' });
    await button.waitFor({ timeout: 30_000 });
    // The mock API answers the page's requests in the page, each leaving a performance measure named by its path
    // (mocks/browser.ts); any that went out over the network would show as requests.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.evaluate(() => performance.clearMeasures());
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    const answeredInPage = await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => entry.name));
    expect([...requests, ...answeredInPage].filter((path) => path.startsWith('/api/'))).toEqual(['/api/v1/deals.csv']);
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(29_917);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each deal as a card on a phone, its designation on top, sortable by the headings', async () => {
    const { page, errors } = await openPage(browser, '/deals?supplier=RUS&recipient=PAK', PHONE);
    const row = page.getByRole('row').filter({ hasText: 'Mi-35M' });
    await row.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // Every cell of the card is on screen, none cut off at the side; the designation comes first.
    const link = (await row.getByRole('link', { name: 'Mi-35M' }).boundingBox())!;
    const cells = await row.getByRole('cell').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    expect(cells).toHaveLength(13);
    for (const cell of cells) expect(cell.right).toBeLessThanOrEqual(390);
    expect(link.y).toBeLessThanOrEqual(Math.min(...cells.map((cell) => cell.y)) + 1);
    // The label is drawn, but the cell keeps its role and its name leaves the label out: a screen reader hears the
    // column heading instead.
    expect(await row.getByRole('cell').first().evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/Supplier/);
    expect(await row.getByRole('cell', { name: 'Russia', exact: true }).count()).toBe(1);

    // The sort buttons and a chosen country's remove button (in the filters, folded on a phone) are touch targets of
    // 24 × 24 px at least.
    await page.getByRole('button', { name: /^Filters: Russia → Pakistan/ }).tap();
    const sorts = await page.locator('.deals-table thead button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.min(...sorts)).toBeGreaterThanOrEqual(24);
    const remove = (await page.getByRole('button', { name: 'Remove Russia' }).boundingBox())!;
    expect(Math.min(remove.width, remove.height)).toBeGreaterThanOrEqual(24);

    await page.getByRole('button', { name: 'TIV delivered' }).click();
    await page.getByRole('columnheader', { name: 'TIV delivered' }).and(page.locator('[aria-sort="descending"]')).waitFor();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('tivDelivered:desc');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts the next page at its top, on a phone and in the desktop scroll box', async () => {
    const inView = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight);
    const { page: phone, errors: phoneErrors } = await openPage(browser, '/deals', PHONE);
    const next = phone.getByRole('button', { name: 'Next page' });
    await next.scrollIntoViewIfNeeded({ timeout: 30_000 });
    await next.click();
    const table = phone.getByRole('table', { name: 'Deals 51–100 of 29,916' });
    await table.waitFor();
    // The new page's first card comes into view; the focus stays on Next page, for the page after.
    await expect.poll(() => inView(table.getByRole('row').nth(1))).toBe(true);
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(phoneErrors).toEqual([]);
    await phone.close();

    const { page, errors } = await openPage(browser, '/deals');
    const box = page.locator('.deals-table');
    await box.locator('tbody tr').first().waitFor({ timeout: 30_000 });
    await box.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('table', { name: 'Deals 51–100 of 29,916' }).waitFor();
    expect(await box.evaluate((el) => el.scrollTop)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
