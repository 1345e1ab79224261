import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, DESKTOP, launchBrowser, PHONE } from './browser.ts';

/**
 * The prerendered default views (src/prerender.tsx, written into dist/ by the build): their chart is in the HTML, on
 * the first paint; the live app replaces it once it has drawn its own, with no loading state in between; no other URL
 * ever shows it.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CHART = 'main svg[role="img"] path[d]';

interface Frame {
  /** A chart shape is visible (the snapshot's or the app's). */
  chart: boolean;
  /** A loading line or the boot screen is visible. */
  loading: boolean;
  /** The snapshot is visible. */
  snapshot: boolean;
}

declare global {
  interface Window {
    __frames?: Frame[];
    /** The text of the snapshot's tables when the HTML was parsed, before any script of the page ran. */
    __snapshotTables?: string[];
  }
}

/** Runs in the page before its scripts: what is visible at every change of the page, from the first. */
function recordFrames(chart: string) {
  const frames: Frame[] = [];
  window.__frames = frames;
  const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });
  const record = () =>
    frames.push({
      chart: Array.from(document.querySelectorAll(chart)).some(visible),
      loading: Array.from(document.querySelectorAll('.boot, [role="status"]')).some((e) => visible(e) && /Loading/.test(e.textContent ?? '')),
      snapshot: Array.from(document.querySelectorAll('#prerendered')).some(visible),
    });
  const observer = new MutationObserver(record);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__snapshotTables = Array.from(document.querySelectorAll('#prerendered main table'), (table) => table.textContent ?? '');
  });
}

async function openWithoutScripts(path: string): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  page.on('close', () => void context.close());
  await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await page.goto(appUrl(path));
  return page;
}

async function openRecorded(path: string, device = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  page.on('close', () => void context.close());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(recordFrames, CHART);
  await page.goto(appUrl(path));
  return { page, errors };
}


describe('the prerendered default views', () => {
  for (const path of ['/', '/shares']) {
    it(`${path}: the chart is in the HTML, inert, before any script runs`, async () => {
      const page = await openWithoutScripts(path);
      const shape = page.locator(`#prerendered ${CHART}`).first();
      expect(await shape.isVisible()).toBe(true);
      expect(await page.locator('#prerendered main').getAttribute('inert')).not.toBeNull();
      // Scaled by its viewBox to its column: no wider than the figure.
      const [svg, frame] = await Promise.all([page.locator('#prerendered .svg-chart svg').first().boundingBox(), page.locator('#prerendered .svg-chart').first().boundingBox()]);
      expect(svg!.width).toBeLessThanOrEqual(frame!.width + 1);
      // Tab reaches the header's links, never the snapshot's dead controls.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(A|BODY)$/);
      }
      // Its links work as plain links.
      await page.locator('#prerendered header a', { hasText: 'Deals' }).click();
      await page.waitForURL(/\/deals$/);
      await page.close();
    });

    it(`${path}: the live chart replaces the snapshot with no loading state in between, with the same numbers`, async () => {
      const { page, errors } = await openRecorded(path);
      await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 30_000 });
      const frames = await page.evaluate(() => window.__frames!);
      const firstChart = frames.findIndex((f) => f.chart);
      expect(firstChart).toBeGreaterThanOrEqual(0);
      expect(frames[firstChart]!.snapshot).toBe(true); // the first chart shown is the snapshot's
      const after = frames.slice(firstChart);
      expect(after.filter((f) => !f.chart || f.loading)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-prerendered'))).toBe(false);
      // The live chart says what the snapshot said, and answers input.
      const snapshotTables = await page.evaluate(() => window.__snapshotTables!);
      expect(snapshotTables.length).toBeGreaterThan(0);
      expect(await page.locator('#root main table').evaluateAll((tables) => tables.map((t) => t.textContent))).toEqual(snapshotTables);
      const live = page.locator('.svg-chart__plot').first();
      expect(await live.evaluate((e) => e.closest('[inert]'))).toBeNull();
      await live.focus();
      await page.keyboard.press('End');
      expect(await page.locator('.svg-chart__readout').first().textContent()).toMatch(/^2025/);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('never shows a snapshot on another URL: a view with a query string, another page, a phone', async () => {
    for (const [path, device] of [['/shares?recipient=USA', DESKTOP], ['/deals', DESKTOP], ['/shares', PHONE], ['/', PHONE]] as const) {
      const { page, errors } = await openRecorded(path, device);
      await page.locator(CHART).or(page.locator('main table')).first().waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 30_000 });
      const frames = await page.evaluate(() => window.__frames!);
      expect(frames.some((f) => f.snapshot), path).toBe(false);
      if (path.startsWith('/shares?')) expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/United States/);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('passes axe while only the snapshot is there', async () => {
    for (const path of ['/', '/shares']) {
      const page = await openWithoutScripts(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`)).toEqual([]);
      await page.close();
    }
  });
});
