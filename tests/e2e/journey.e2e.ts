import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * msw's start() asks the browser to update its worker when it finds one registered, and leaves that promise
 * unhandled. In one tab the worker unregisters itself as each page unloads (msw's CLIENT_CLOSED), so the next load
 * mostly finds none; when it looks before the removal is done, it updates the registration being removed and
 * Chromium rejects the update with "Not found": a journey in ten, or most on a busy machine. Here the worker stays
 * registered between loads (as with the site open in another tab) and every update is rejected as Chromium words
 * it, so that a page leaving the rejection uncaught fails the test at each load, not by chance.
 */
function failEveryWorkerUpdate() {
  const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, ...args: unknown[]) => void;
  ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
    if (args[0] !== 'CLIENT_CLOSED') post.apply(this, args);
  };
  ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
    const script = (this.active ?? this.waiting ?? this.installing)?.scriptURL;
    return Promise.reject(new DOMException(`Failed to update a ServiceWorker for scope ('${this.scope}') with script ('${script}'): Not found`, 'NotFoundError'));
  };
}

describe('a long journey in one tab', () => {
  it('goes through every view, downloads and drill-downs with no uncaught error and no console error', async () => {
    const { page, errors } = await openPage(browser, '/', undefined, failEveryWorkerUpdate);
    const visit = async (path: string) => {
      await page.goto(appUrl(path));
      await page.locator('h1').first().waitFor({ timeout: 30_000 });
    };
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });

    await visit('/shares?ranking=importers&from=2019&to=2023');
    await page.getByRole('heading', { level: 1, name: 'The world’s largest arms importers, 2019–2023' }).waitFor();
    await visit('/shares?supplier=RUS&from=2016');
    await page.locator('.svg-chart__layer').first().waitFor();
    await visit('/shares?hide=GBR');
    await page.locator('.svg-chart__layer').first().waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);

    await visit('/pairs?orders=hide');
    await page.locator('.recharts-line').first().waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    await visit('/pairs?pairs=RUS:IND&from=2000&to=2020');
    await page.locator('.recharts-line').first().waitFor();
    await page.locator('.recharts-surface').first().scrollIntoViewIfNeeded();
    const plot = (await page.locator('.recharts-surface').first().boundingBox())!;
    await page.mouse.move(plot.x + plot.width * 0.6, plot.y + plot.height * 0.5);
    await page.mouse.click(plot.x + plot.width * 0.6, plot.y + plot.height * 0.5);
    await page.getByRole('heading', { level: 2, name: /^Deals behind Russia \(incl\. Soviet Union\) → India, 20\d\d$/ }).waitFor();

    await visit('/claims');
    await page.getByRole('status').filter({ hasText: /claims checked/ }).waitFor({ timeout: 30_000 });
    await visit('/deals?supplier=RUS&recipient=PAK');
    await page.getByRole('link', { name: 'Mi-35M' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Mi-35M/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' }).waitFor();
    // A rejection can come a few seconds after the load that asked for it.
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    await page.close();
  });
});
