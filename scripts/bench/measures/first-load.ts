import type { Browser } from 'playwright-core';
import { coldPage, step } from '../browser.ts';
import { interleave } from '../interleave.ts';
import { fetchedFiles, installProbe, readLoad, type FetchedFile, type RawFrame, type RawLoad } from '../load-probe.ts';
import type { Result, Sample } from '../report.ts';
import type { Site } from '../site.ts';
import { median, round } from '../stats.ts';

const LOADS = 10;
/** One untimed load per build and page first: the servers' and the disk's first requests are not the user's. */
const WARM_UP_LOADS = 1;
const KB = 1024;

/**
 * Times in ms after the navigation started; null when it did not happen before the first live chart was painted (the
 * first chart, in a page whose HTML has no prerendered chart).
 */
export interface Milestones {
  htmlFirstByte: number;
  htmlArrived: number;
  domInteractive: number;
  codeFirstRequested: number | null;
  codeArrived: number | null;
  dataFirstRequested: number | null;
  dataArrived: number | null;
  serviceWorkerActive: number | null;
  serviceWorkerControlling: number | null;
  apiFirstRequested: number | null;
  apiFirstAnswered: number | null;
  firstChart: number;
  firstChartPainted: number;
  /** The page's own chart, visible and answering input (not inert): after the snapshot's, where the HTML had one. */
  firstLiveChart: number;
  firstLiveChartPainted: number;
}

export interface Load {
  milestones: Milestones;
  /**
   * What the first chart needed: the files that had arrived when it was drawn (put in the DOM), and those the browser
   * held its paint for (render-blocking: the styles), which a chart in the HTML may be drawn before. Scripts that
   * merely arrive before a snapshot's paint are not counted: the paint did not wait for them.
   */
  code: FetchedFile[];
  data: FetchedFile[];
  /** The files that had arrived when the first live chart was drawn. */
  liveCode: FetchedFile[];
  liveData: FetchedFile[];
  /** Long animation frames that started before the first chart was painted. */
  frames: RawFrame[];
  marks: Array<{ name: string; at: number }>;
}

const first = (values: number[]) => (values.length ? Math.min(...values) : null);
const last = (values: number[]) => (values.length ? Math.max(...values) : null);

/** Turns what the probe saw into milestones and the files that arrived before the first chart. */
export function toLoad(site: Site, raw: RawLoad): Load {
  const origin = new URL(site.url).origin;
  const fetched = fetchedFiles(site.outDir, origin, raw.resources);
  const files = fetched.filter((f) => f.end <= raw.chart || (f.renderBlocking && f.end <= raw.painted));
  const code = files.filter((f) => f.kind === 'code');
  const data = files.filter((f) => f.kind === 'data');
  const liveFiles = fetched.filter((f) => f.end <= raw.liveChart);
  const liveCode = liveFiles.filter((f) => f.kind === 'code');
  const liveData = liveFiles.filter((f) => f.kind === 'data');
  const api = raw.resources.filter((r) => {
    const url = new URL(r.url);
    return url.origin === origin && url.pathname.startsWith('/api/') && r.start <= raw.liveChart;
  });
  const beforeChart = (t: number | null) => (t !== null && t <= raw.livePainted ? t : null);
  return {
    milestones: {
      htmlFirstByte: raw.htmlFirstByte,
      htmlArrived: raw.htmlEnd,
      domInteractive: raw.domInteractive,
      codeFirstRequested: first(liveCode.map((f) => f.start)),
      codeArrived: last(liveCode.map((f) => f.end)),
      dataFirstRequested: first(liveData.map((f) => f.start)),
      dataArrived: last(liveData.map((f) => f.end)),
      serviceWorkerActive: beforeChart(raw.swReady),
      serviceWorkerControlling: beforeChart(raw.swControlling),
      apiFirstRequested: first(api.map((r) => r.start)),
      apiFirstAnswered: first(api.map((r) => r.end).filter((end) => end > 0 && end <= raw.liveChart)),
      firstChart: raw.chart,
      firstChartPainted: raw.painted,
      firstLiveChart: raw.liveChart,
      firstLiveChartPainted: raw.livePainted,
    },
    code,
    data,
    liveCode,
    liveData,
    frames: raw.frames.filter((f) => f.start < raw.livePainted),
    marks: raw.marks.filter((m) => m.at <= raw.livePainted),
  };
}

/** One cold load in a fresh context: empty HTTP cache, no service worker yet. */
async function coldLoad(browser: Browser, site: Site, path: string): Promise<Load> {
  const { page, context, close } = await coldPage(browser);
  try {
    await installProbe(context);
    await page.goto(new URL(path, site.url).toString());
    return toLoad(site, await readLoad(page));
  } finally {
    await close();
  }
}

const gzipOf = (files: readonly FetchedFile[]) => files.reduce((sum, f) => sum + f.gzip, 0);

/** Bytes before the first chart, the largest of the loads (a slow load can let more arrive before it). */
function bytesSample(loads: readonly Load[], pick: (load: Load) => FetchedFile[]): Sample {
  const largest = loads.reduce((a, b) => (gzipOf(pick(b)) > gzipOf(pick(a)) ? b : a));
  const files = [...pick(largest)].sort((a, b) => b.gzip - a.gzip);
  return {
    value: gzipOf(files),
    also: `${files.length} files, ${(files.reduce((sum, f) => sum + f.bytes, 0) / KB).toFixed(0)} KB raw`,
    detail: { files: files.map(({ path, bytes, gzip, end }) => ({ path, bytes, gzip, arrived: round(end) })) },
  };
}

function timeSample(loads: readonly Load[], live = false): Sample {
  const times = loads.map((l) => (live ? l.milestones.firstLiveChart : l.milestones.firstChart));
  const mid = (pick: (m: Milestones) => number | null) => {
    const values = loads.flatMap((l) => {
      const value = pick(l.milestones);
      return value === null ? [] : [value];
    });
    return values.length ? round(median(values)) : null;
  };
  return {
    value: median(times),
    also: `max ${Math.round(Math.max(...times))} ms, painted ${Math.round(mid((m) => (live ? m.firstLiveChartPainted : m.firstChartPainted))!)} ms`,
    detail: {
      samples: times.map((t) => round(t)),
      medianPainted: mid((m) => (live ? m.firstLiveChartPainted : m.firstChartPainted)),
      medianCodeArrived: mid((m) => m.codeArrived),
      medianDataArrived: mid((m) => m.dataArrived),
    },
  };
}

export interface FirstLoads {
  results: Result[];
  /** By site: the cold loads of `/`, for the trace. */
  overview: Load[][];
}

/**
 * Cold loads of `/` and `/shares`, the builds interleaved (A B, B A …): the time to the first chart (median of 10),
 * and the code and data that had arrived when it was drawn.
 */
export async function measureFirstLoad(browser: Browser, sites: readonly Site[]): Promise<FirstLoads> {
  const byPage: Record<string, Load[][]> = {};
  for (const path of ['/', '/shares']) {
    const loads = await interleave(sites, WARM_UP_LOADS + LOADS, (site, round) =>
      step(`${round < WARM_UP_LOADS ? 'warm-up' : `cold load ${round + 1 - WARM_UP_LOADS}`} of ${path} (${site.side})`, () => coldLoad(browser, site, path)),
    );
    byPage[path] = loads.map((l) => l.slice(WARM_UP_LOADS));
  }
  const time = (path: string): Result => ({
    measure: `Time to first chart, ${path} (median of ${LOADS} cold loads)`,
    unit: 'ms',
    budget: 700,
    ratioBudget: 0.5,
    samples: byPage[path]!.map((loads) => timeSample(loads)),
  });
  // Where the first chart is a prerendered snapshot, the app's own chart (answering input) comes later: reported beside.
  const liveTime = (path: string): Result => ({
    measure: `… to the first live chart, ${path}`,
    unit: 'ms',
    samples: byPage[path]!.map((loads) => timeSample(loads, true)),
  });
  // The issue's budgets for bytes are for `/` (its figures were measured there); /shares is reported beside it.
  const bytes = (what: string, path: string, budget: number | undefined, pick: (load: Load) => FetchedFile[], before = 'the first chart'): Result => ({
    measure: `${what} before ${before}, ${path} (gzip)`,
    unit: 'bytes',
    ...(budget === undefined ? {} : { budget }),
    samples: byPage[path]!.map((loads) => bytesSample(loads, pick)),
  });
  return {
    results: [
      bytes('JS + CSS', '/', 130 * KB, (l) => l.code),
      bytes('JS + CSS', '/shares', undefined, (l) => l.code),
      bytes('JS + CSS', '/', undefined, (l) => l.liveCode, 'the first live chart'),
      bytes('Data', '/', 250 * KB, (l) => l.data),
      bytes('Data', '/shares', undefined, (l) => l.data),
      bytes('Data', '/', undefined, (l) => l.liveData, 'the first live chart'),
      time('/'),
      liveTime('/'),
      time('/shares'),
      liveTime('/shares'),
    ],
    overview: byPage['/']!,
  };
}
