import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, CDPSession } from 'playwright-core';
import { coldPage, step } from '../browser.ts';
import { interleave } from '../interleave.ts';
import { fetchedFiles, readResources } from '../load-probe.ts';
import type { Result } from '../report.ts';
import type { Site } from '../site.ts';
import { median, round } from '../stats.ts';

const ROUNDS = 5;
const EXPORT_BUDGET_MS = 600;
const ALL_DATA_BUDGET_BYTES = 1.5 * 1024 * 1024;
const SAMPLE_EVERY_MS = 50;
const MB = 1024 * 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Chromium reported no JSHeapUsedSize');
  return used.value;
}

/**
 * Samples the page's JS heap (CDP, no garbage collection forced) until `done` settles: the peak includes the
 * data's transient copies (bytes, text, parsed JSON) that a reading after the load would miss.
 */
async function peakHeapDuring(cdp: CDPSession, done: Promise<unknown>): Promise<number> {
  let finished = false;
  const stop = () => (finished = true);
  done.then(stop, stop);
  let peak = 0;
  while (!finished) {
    peak = Math.max(peak, await heapUsed(cdp).catch(() => 0)); // 0 while the page is between documents
    await sleep(SAMPLE_EVERY_MS);
  }
  await done; // rethrows a failed load
  return Math.max(peak, await heapUsed(cdp));
}

interface DealsVisit {
  peakHeap: number;
  heapOnceRendered: number;
  /** Every data file the page had downloaded once the table showed. */
  data: Array<{ path: string; gzip: number; bytes: number }>;
  exportMs: number;
  /** Time inside the request(s) to the CSV endpoint: the API writing the file (and, in builds that had one, the service worker's round trip). */
  requestMs: number[];
}

/** A cold /deals: its peak JS heap while it loads, the data it downloads, then the export of all 29,916 deals. */
async function visitDeals(browser: Browser, site: Site): Promise<DealsVisit> {
  const { page, context, close } = await coldPage(browser);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const loaded = page.goto(new URL('/deals', site.url).toString()).then(() => page.locator('table tbody tr').first().waitFor());
    const peakHeap = await step(`load /deals (${site.side})`, () => peakHeapDuring(cdp, loaded));
    const heapOnceRendered = await heapUsed(cdp);
    const resources = await readResources(page);
    const data = fetchedFiles(site.outDir, new URL(site.url).origin, resources)
      .filter((f) => f.kind === 'data')
      .map(({ path, gzip, bytes }) => ({ path, gzip, bytes }));

    const button = page.getByRole('button', { name: /^Download CSV \(29,916 deals\)/ });
    await step(`find the CSV export button (${site.side})`, () => button.waitFor());
    await page.evaluate(() => (performance.clearResourceTimings(), performance.clearMeasures()));
    const started = performance.now();
    await step(`export all deals as CSV (${site.side})`, () => Promise.all([page.waitForEvent('download'), button.click()]));
    const exportMs = performance.now() - started;
    // Through the network or a service worker, a resource entry; answered in the page, a measure (mocks/browser.ts).
    const requestMs = await page.evaluate(() =>
      [...performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/api/v1/deals.csv'), ...performance.getEntriesByName('/api/v1/deals.csv', 'measure')].map(
        (e) => e.duration,
      ),
    );
    return { peakHeap, heapOnceRendered, data, exportMs, requestMs: requestMs.map((d) => round(d)) };
  } finally {
    await close();
  }
}

/** Five cold visits to /deals per build, interleaved: export time (median), peak heap (median), data downloaded. */
export async function measureDealsPage(browser: Browser, sites: readonly Site[]): Promise<Result[]> {
  const visits = await interleave(sites, ROUNDS, (site) => visitDeals(browser, site));
  const totalGzip = (visit: DealsVisit) => visit.data.reduce((sum, f) => sum + f.gzip, 0);
  return [
    {
      measure: `Full CSV export on /deals, click → file (median of ${ROUNDS})`,
      unit: 'ms',
      budget: EXPORT_BUDGET_MS,
      samples: visits.map((v) => {
        const inRequest = median(v.map((visit) => visit.requestMs.reduce((a, b) => a + b, 0)));
        return {
          value: median(v.map((visit) => visit.exportMs)),
          also: `${Math.round(inRequest)} ms in its request`,
          detail: { samples: v.map((visit) => round(visit.exportMs)), requestMs: v.map((visit) => visit.requestMs) },
        };
      }),
    },
    {
      measure: `Peak JS heap loading /deals (median of ${ROUNDS})`,
      unit: 'MB',
      samples: visits.map((v) => ({
        value: median(v.map((visit) => visit.peakHeap)) / MB,
        also: `${(median(v.map((visit) => visit.heapOnceRendered)) / MB).toFixed(1)} MB once rendered`,
        detail: { peakBytes: v.map((visit) => visit.peakHeap), onceRenderedBytes: v.map((visit) => visit.heapOnceRendered) },
      })),
    },
    {
      measure: 'All data downloaded once /deals shows its table (gzip)',
      unit: 'bytes',
      budget: ALL_DATA_BUDGET_BYTES,
      samples: visits.map((v) => {
        const largest = v.reduce((a, b) => (totalGzip(b) > totalGzip(a) ? b : a));
        const bytes = largest.data.reduce((sum, f) => sum + f.bytes, 0);
        return { value: totalGzip(largest), also: `${largest.data.length} files, ${(bytes / MB).toFixed(2)} MB raw`, detail: { files: largest.data } };
      }),
    },
  ];
}
