import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';

/** Long enough for a slow 2-core machine, short enough that a hang fails the bench with a clear error. */
export const STEP_TIMEOUT_MS = 30_000;

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface ColdPage {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * A page in a fresh context: empty HTTP cache and no service worker registered yet, so loading a URL in it
 * is a cold load. Page errors are printed: when a step then times out, they usually say why.
 */
export async function coldPage(browser: Browser): Promise<ColdPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(fn, "name")` call;
  // functions sent to the page by page.evaluate keep those calls, so the page needs the helper too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { page, context, close: () => context.close() };
}

/** Runs a step, turning a Playwright timeout into an error that says which step hung. */
export async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`${what}: ${reason}`, { cause: error });
  }
}
