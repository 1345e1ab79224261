import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { FLOWS_PATH } from '../../../core/dataset/load.ts';
import { coldPage, step } from '../browser.ts';
import type { Result } from '../report.ts';
import { median, round } from '../stats.ts';

const LOADS = 10;
const KB = 1024;

declare global {
  interface Window {
    __firstChart?: number;
  }
}

interface FileSize {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
}

interface Load {
  /** performance.now() (from navigation start) when the first chart area path was in the DOM. */
  firstChart: number;
  /** When the dataset had arrived, on the same clock: the rest is parsing, validating and rendering. */
  datasetEnd: number | null;
  /** When the last script or stylesheet had arrived. */
  codeEnd: number;
}

// Gzip level 6, zlib's default and what most servers use.
const gzipSize = (body: Buffer) => gzipSync(body).length;

/** A drawn layer of the chart on `/` and on `/shares` (src/components/time-series-chart.tsx). */
const FIRST_CHART = '.svg-chart__layer';

/** Stamps the first chart area from inside the page, so polling from outside adds no delay. */
function stampFirstChart(selector: string) {
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) {
      window.__firstChart = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One cold load in a fresh context; `onResponse` sees every response until the first chart is drawn. */
async function coldLoad(browser: Browser, url: string, onResponse?: (response: Response) => void): Promise<Load> {
  const { page, context, close } = await coldPage(browser);
  try {
    await context.addInitScript(stampFirstChart, FIRST_CHART);
    let charted = false;
    page.on('response', (response) => {
      if (onResponse && !charted) onResponse(response);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstChart !== undefined);
    charted = true;
    return await page.evaluate((dataset) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const code = entries.filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link');
      return {
        firstChart: window.__firstChart!,
        datasetEnd: entries.find((e) => e.name.endsWith(dataset))?.responseEnd ?? null,
        codeEnd: Math.max(0, ...code.map((e) => e.responseEnd)),
      };
    }, FLOWS_PATH);
  } finally {
    await close();
  }
}

/** The JS and CSS a first visit to `/` downloads before its chart, each gzipped here. */
async function firstLoadCode(browser: Browser, baseUrl: string): Promise<{ load: Load; files: FileSize[] }> {
  const bodies: Promise<FileSize>[] = [];
  const load = await coldLoad(browser, baseUrl, (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, type, bytes: body.length, gzip: gzipSize(body) })));
  });
  const files = (await Promise.all(bodies)).sort((a, b) => b.gzip - a.gzip);
  if (files.length === 0) throw new Error('no script or stylesheet was loaded before the first chart');
  return { load, files };
}

function timeResult(path: string, loads: readonly Load[]): Result {
  const times = loads.map((l) => l.firstChart);
  const datasetEnds = loads.flatMap((l) => (l.datasetEnd === null ? [] : [l.datasetEnd]));
  return {
    measure: `Time to first chart, ${path} (median of ${loads.length} cold loads)`,
    value: median(times),
    unit: 'ms',
    budget: 1500,
    also: `max ${Math.round(Math.max(...times))} ms`,
    detail: {
      samples: times.map((t) => round(t)),
      // Where the time goes: code downloaded, dataset downloaded, then parsing, validation and rendering.
      medianCodeLoaded: round(median(loads.map((l) => l.codeEnd))),
      medianDatasetLoaded: datasetEnds.length ? round(median(datasetEnds)) : null,
    },
  };
}

/** Bytes before the first chart on `/`, the dataset's gzip size, and cold time to first chart on `/` and `/shares`. */
export async function measureFirstLoad(browser: Browser, baseUrl: string, outDir: string): Promise<Result[]> {
  const first = await step('first load of / (bytes)', () => firstLoadCode(browser, baseUrl));
  const overview: Load[] = [first.load];
  while (overview.length < LOADS) overview.push(await step(`cold load ${overview.length + 1} of /`, () => coldLoad(browser, baseUrl)));
  const shares: Load[] = [];
  const sharesUrl = new URL('/shares', baseUrl).toString();
  while (shares.length < LOADS) shares.push(await step(`cold load ${shares.length + 1} of /shares`, () => coldLoad(browser, sharesUrl)));

  const dataset = await readFile(join(outDir, FLOWS_PATH));
  const total = first.files.reduce((sum, f) => sum + f.gzip, 0);
  return [
    {
      measure: 'First-load JS + CSS on / (gzip)',
      value: total,
      unit: 'bytes',
      budget: 200 * KB,
      also: `${first.files.length} files, ${(first.files.reduce((sum, f) => sum + f.bytes, 0) / KB).toFixed(0)} KB raw`,
      detail: { files: first.files },
    },
    {
      measure: 'Dataset (gzip)',
      value: gzipSize(dataset),
      unit: 'bytes',
      budget: 1.5 * KB * KB,
      also: `${(dataset.length / KB / KB).toFixed(2)} MB raw`,
      detail: { file: FLOWS_PATH, bytes: dataset.length },
    },
    timeResult('/', overview),
    timeResult('/shares', shares),
  ];
}
