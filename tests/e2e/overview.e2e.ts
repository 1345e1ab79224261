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
    await page.locator('.recharts-area').first().waitFor();
    expect(await page.locator('.recharts-area').count()).toBe(3);
    expect(await page.locator('.recharts-legend-wrapper').textContent()).toContain('Russia (incl. Soviet Union)');
    expect(await page.locator('.recharts-label').first().textContent()).toBe('SIPRI TIV (millions)');
    const box = await page.locator('.recharts-surface').last().boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(await page.getByRole('contentinfo').textContent()).toContain('March 2026 release');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers /api/v1/meta from the service worker', async () => {
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
