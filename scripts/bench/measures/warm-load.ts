import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { coldPage, step, STEP_TIMEOUT_MS } from '../browser.ts';
import { interleave } from '../interleave.ts';
import { installProbe, readLoad } from '../load-probe.ts';
import type { Result } from '../report.ts';
import type { Site } from '../site.ts';
import { median, round } from '../stats.ts';
import { toLoad } from './first-load.ts';

const LOADS = 5;
/** No request in flight for this long: what the first visit loads after its chart (the deals, say) is in. */
const QUIET_MS = 1000;

/** Resolves once no request of the context (its pages' and its service worker's) has been in flight for `quietMs`. */
async function networkQuiet(context: BrowserContext, quietMs: number, since: number): Promise<void> {
  let inFlight = 0;
  let lastEvent = since;
  const started = () => {
    inFlight++;
    lastEvent = performance.now();
  };
  const ended = () => {
    inFlight--;
    lastEvent = performance.now();
  };
  context.on('request', started);
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  try {
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    while (inFlight > 0 || performance.now() - lastEvent < quietMs) {
      if (performance.now() > deadline) throw new Error(`the network was still busy after ${STEP_TIMEOUT_MS} ms`);
      await sleep(100);
    }
  } finally {
    context.off('request', started);
    context.off('requestfinished', ended);
    context.off('requestfailed', ended);
  }
}

/**
 * A second visit to `/` in the same browser context: the first visit is left to finish all it loads (the HTTP cache,
 * and in builds that had one, the mock API's service worker in place), then a new tab opens `/`.
 */
async function warmLoad(browser: Browser, site: Site) {
  const { page, context, close } = await coldPage(browser);
  try {
    await installProbe(context);
    await page.goto(site.url);
    await readLoad(page);
    await networkQuiet(context, QUIET_MS, performance.now());
    await page.close();
    const second = await context.newPage();
    second.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await second.goto(site.url);
    return toLoad(site, await readLoad(second));
  } finally {
    await close();
  }
}

/** The time to the first chart on a second visit to `/` (median of 5, the builds interleaved). */
export async function measureWarmLoad(browser: Browser, sites: readonly Site[]): Promise<Result> {
  const loads = await interleave(sites, LOADS, (site, round) => step(`warm load ${round + 1} of / (${site.side})`, () => warmLoad(browser, site)));
  return {
    measure: `Time to first chart, / on a second visit (median of ${LOADS})`,
    unit: 'ms',
    budget: 350,
    samples: loads.map((warm) => {
      const times = warm.map((load) => load.milestones.firstChart);
      const live = warm.map((load) => load.milestones.firstLiveChart);
      return {
        value: median(times),
        also: `max ${Math.round(Math.max(...times))} ms, first live chart ${Math.round(median(live))} ms`,
        detail: { samples: times.map((t) => round(t)), milestones: warm.map((load) => load.milestones) },
      };
    }),
  };
}
