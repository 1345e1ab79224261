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

describe('the built site in Chromium', () => {
  it('shows the overview chart of India’s imports from the real dataset', async () => {
    const { page, errors } = await openPage(browser, '/');
    const heading = page.getByRole('heading', { name: /India’s arms imports by supplier, 1950–2025/ });
    await heading.waitFor({ timeout: 30_000 });
    await page.locator('.svg-chart__layer').first().waitFor();
    expect(await page.locator('.svg-chart__layer').count()).toBe(3);
    expect(await page.locator('.svg-chart__legend').textContent()).toContain('Russia (incl. Soviet Union)');
    expect(await page.locator('.svg-chart__label').textContent()).toBe('SIPRI TIV (millions)');
    // Drawn at the container's measured width, not the fallback.
    const [svg, figure] = await Promise.all([page.locator('.svg-chart svg').boundingBox(), page.locator('.svg-chart').boundingBox()]);
    expect(svg!.width).toBeGreaterThan(600);
    expect(Math.abs(svg!.width - figure!.width)).toBeLessThan(2);
    // Hovering a year shows its values.
    await page.locator('.svg-chart svg').hover({ position: { x: svg!.width - 30, y: 200 } });
    expect(await page.locator('.svg-chart__readout').textContent()).toMatch(/^202[45]/);
    expect(await page.getByRole('contentinfo').textContent()).toContain('March 2026 release');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers /api/v1/meta from the mock API in the page', async () => {
    const { page } = await openPage(browser, '/');
    await page.getByRole('heading', { name: /India’s arms imports/ }).waitFor({ timeout: 30_000 });
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/v1/meta');
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ apiVersion: 'v1', unit: 'SIPRI TIV (millions)', firstYear: 1950, lastYear: 2025 });
    expect(answer.body.counts.deals).toBe(29916);
    const missing = await page.evaluate(async () => (await fetch('/api/v1/shares?recipient=NOPE')).json());
    expect(missing.error).toMatchObject({ code: 'unknown_country', parameter: 'recipient' });
    await page.close();
  });

  it('shows the not-found page for an unknown path', async () => {
    const { page } = await openPage(browser, '/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
