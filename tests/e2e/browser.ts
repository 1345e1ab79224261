import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { inject } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

let origin: string | null = null;

/** Points appUrl (and so openPage) at another server than the suite's `vite preview` of dist/, for one file. */
export function serveFrom(url: string): void {
  origin = url;
}

export function appUrl(path: string): string {
  return new URL(path, origin ?? inject('baseUrl')).toString();
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** A phone held upright, touched rather than pointed at; SMALL_PHONE is a narrower one. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
export const SMALL_PHONE: BrowserContextOptions = { ...PHONE, viewport: { width: 360, height: 740 } };

/**
 * Opens a page (in a context of its own, closed with it) and collects any uncaught error or console error in it,
 * for the test to expect none.
 */
/** `beforeLoad` runs in the page before any of its scripts (Playwright's addInitScript). */
export async function openPage(browser: Browser, path: string, device = DESKTOP, beforeLoad?: () => void): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ ...device, acceptDownloads: true });
  if (beforeLoad) await page.addInitScript(beforeLoad);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl(path));
  return { page, errors };
}
