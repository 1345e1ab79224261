import type { Browser } from 'playwright-core';
import { coldPage, step } from '../browser.ts';
import { fetchedFiles } from '../load-probe.ts';
import type { Result, Sample } from '../report.ts';
import type { Site } from '../site.ts';
import { round } from '../stats.ts';

const KB = 1024;
/** Issue 15: the map's own chunk (code and boundaries) under 150 KB gzip. */
const BUDGET_BYTES = 150 * KB;
const PATH = '/shares?supplier=RUS&from=2021&to=2025';

interface MapTab {
  /** False for a build without a Map tab (a baseline from before issue 15). */
  exists: boolean;
  /** What the page fetched once the tab was clicked: the map's code, boundaries and styles. */
  files: ReturnType<typeof fetchedFiles>;
  /** From the click to the map's shapes in the page. */
  drawn: number;
}

/**
 * Russia's recipients in 2021–2025, loaded; then a click on the Map tab. What the page fetches after the click is what
 * the map alone costs (nothing of it is loaded before: the bytes before the first chart hold without it).
 */
async function openMapTab(browser: Browser, site: Site): Promise<MapTab> {
  const { page, close } = await coldPage(browser);
  try {
    await page.goto(new URL(PATH, site.url).toString());
    await page.locator('.period-summary').waitFor();
    // What the page loads in idle time after its first chart (the deals register, ~1 MB) is in before the click, not
    // counted as the map's: it was, or not, depending on how fast it had arrived.
    await page.waitForLoadState('networkidle');
    const tab = page.getByRole('tab', { name: 'Map' });
    if ((await tab.count()) === 0) return { exists: false, files: [], drawn: 0 };
    const clicked = await page.evaluate(() => performance.now());
    await tab.click();
    await page.locator('.map-svg path').first().waitFor();
    const drawn = (await page.evaluate(() => performance.now())) - clicked;
    const resources = await page.evaluate(
      (since) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.startTime >= since)
          .map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd, renderBlocking: false })),
      clicked,
    );
    return { exists: true, files: fetchedFiles(site.outDir, new URL(site.url).origin, resources), drawn };
  } finally {
    await close();
  }
}

export async function measureMapTab(browser: Browser, sites: readonly Site[]): Promise<Result[]> {
  const tabs: MapTab[] = [];
  for (const site of sites) tabs.push(await step(`open the Map tab (${site.side})`, () => openMapTab(browser, site)));
  // A build without the tab shows 0, which gives no ratio.
  const bytes = (tab: MapTab): Sample => ({
    value: tab.files.reduce((sum, f) => sum + f.gzip, 0),
    also: tab.exists ? `${tab.files.length} files` : 'no Map tab',
    detail: { files: tab.files.map(({ path, bytes, gzip }) => ({ path, bytes, gzip })) },
  });
  return [
    { measure: 'Map tab: what it loads when opened (code and boundaries, gzip)', unit: 'bytes', budget: BUDGET_BYTES, samples: tabs.map(bytes) },
    { measure: 'Map tab: from the click to the map drawn (one load)', unit: 'ms', samples: tabs.map((tab) => ({ value: round(tab.drawn), ...(tab.exists ? {} : { also: 'no Map tab' }) })) },
  ];
}
