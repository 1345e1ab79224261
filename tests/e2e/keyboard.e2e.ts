import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and returns how many presses it took.
 * Follows the real tab order; fails after `limit` presses.
 */
async function tabTo(page: Page, target: Locator, limit = 100): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return presses;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${target} was not reached in ${limit} presses of Tab; the focus is on ${focused}`);
}

/** The focused element's outline, which must show where the focus is. */
async function focusOutline(page: Page): Promise<{ style: string; width: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
}

function expectVisibleOutline(outline: { style: string; width: string }) {
  expect(outline.style).not.toBe('none');
  expect(Number.parseFloat(outline.width)).toBeGreaterThan(0);
}

describe('share explorer by keyboard only', () => {
  it('chooses a country, moves the years, switches to the table and downloads the CSV', async () => {
    const { page, errors } = await openPage(browser, '/shares');
    await page.getByRole('heading', { level: 1, name: 'Who supplied India’s arms imports, 1950–2025' }).waitFor({ timeout: 30_000 });
    await page.locator('.svg-chart__layer').first().waitFor();

    // Recipient: type part of the name, then pick the option with the arrow key and Enter.
    const recipient = page.getByRole('combobox', { name: 'Recipient' });
    await tabTo(page, recipient);
    await page.keyboard.press('ControlOrMeta+A'); // Tab selects the text already; this makes sure
    // At a person's pace: with no delay at all (faster than any typist) the controlled input can drop a key.
    await page.keyboard.type('Pakis', { delay: 50 });
    await page.getByRole('option', { name: /Pakistan/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Who supplied Pakistan’s arms imports, 1950–2025' }).waitFor();
    expect(new URL(page.url()).searchParams.get('recipient')).toBe('PAK');

    // Start year: PageUp moves five years, ArrowRight one.
    const start = page.getByRole('slider', { name: 'Start year' });
    await tabTo(page, start);
    expectVisibleOutline(await focusOutline(page));
    await page.keyboard.press('PageUp');
    await page.getByRole('heading', { level: 1, name: /1955–2025/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Who supplied Pakistan’s arms imports, 1956–2025' }).waitFor();
    expect(await start.getAttribute('aria-valuenow')).toBe('1956');

    // The tabs are one Tab stop, the selected "Chart"; the arrow key moves to "Table" and shows it.
    const tableTab = page.getByRole('tab', { name: 'Table' });
    await tabTo(page, page.getByRole('tab', { name: 'Chart' }));
    expectVisibleOutline(await focusOutline(page));
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tabpanel').getByRole('table').waitFor();
    expect(await tableTab.getAttribute('aria-selected')).toBe('true');
    expect(await isFocused(tableTab)).toBe(true);

    // Download CSV comes after every button of the table; the link shown on the next Tab skips them.
    const skip = page.getByRole('link', { name: 'Skip the table to the downloads' });
    await tabTo(page, skip, 5);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const csv = page.getByRole('button', { name: 'Download CSV' });
    expect(await isFocused(csv)).toBe(true);
    expectVisibleOutline(await focusOutline(page));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/pakistan/);
    expect(download.suggestedFilename()).toBe('who-supplied-pakistan-s-arms-imports-1956-2025_share_sipri-march-2026.csv');

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('deals export by keyboard only', () => {
  it('reaches Download CSV with Tab and downloads every matching deal with Enter', async () => {
    const { page, errors } = await openPage(browser, '/deals?supplier=RUS&recipient=PAK');
    const button = page.getByRole('button', { name: /^Download CSV \(\d+ deals\)$/ });
    await button.waitFor({ timeout: 30_000 });
    await tabTo(page, button, 200);
    expectVisibleOutline(await focusOutline(page));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('deals_from-russia_to-pakistan_sipri-march-2026.csv');
    expect(errors).toEqual([]);
    await page.close();
  });
});
