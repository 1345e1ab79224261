import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { inject } from 'vitest';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export function appUrl(path: string): string {
  return new URL(path, inject('baseUrl')).toString();
}

/** Opens a page and fails the test on any uncaught error or console error in it. */
export async function openPage(browser: Browser, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl(path));
  return { page, errors };
}
