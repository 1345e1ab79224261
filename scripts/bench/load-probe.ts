import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * What the bench watches in a page load, from what the page shows and the browser's own timing entries, never
 * from the app's internals (the baseline build may differ in code, data files and their names):
 * - the first chart: the first shape drawn in a chart's SVG (`role="img"`, the charts' accessible role) in the
 *   page's main region, and the end of the frame that paints it, whether the page's scripts drew it or its HTML held
 *   it (a prerendered snapshot);
 * - the first live chart: the first such shape that is visible and not inert (so it answers input: a snapshot is inert
 *   until the app replaces it), and the end of the frame that paints it; in a page without a snapshot, the first chart;
 * - the mock API's service worker: when it is active, and when it controls the page;
 * - every file and API call the page fetched (Resource Timing), sized from the build on disk;
 * - long animation frames (over 50 ms) with the scripts that ran in them, and any marks the page sets.
 */
export const FIRST_CHART = 'main svg[role="img"] path[d]:not([d=""]):not(defs path)';

interface RawFrame {
  start: number;
  duration: number;
  /** Time in the frame's style, layout and paint (from its render start). */
  render: number;
  scripts: Array<{ source: string; invoker: string; start: number; duration: number }>;
}

interface RawResource {
  url: string;
  start: number;
  end: number;
  /** The browser held the first paint for it (a stylesheet in the head, a classic script before the body). */
  renderBlocking: boolean;
}

interface RawLoad {
  chart: number;
  painted: number;
  liveChart: number;
  livePainted: number;
  swReady: number | null;
  swControlling: number | null;
  htmlFirstByte: number;
  htmlEnd: number;
  domInteractive: number;
  resources: RawResource[];
  frames: RawFrame[];
  marks: Array<{ name: string; at: number }>;
}

interface ProbeState {
  chart: number | null;
  painted: number | null;
  liveChart: number | null;
  livePainted: number | null;
  swReady: number | null;
  swControlling: number | null;
  frames: RawFrame[];
}

declare global {
  interface Window {
    __benchLoad?: ProbeState;
  }
}

/** The parts of a Long Animation Frame entry read here (not yet in TypeScript's DOM types). */
interface LongAnimationFrame extends PerformanceEntry {
  renderStart: number;
  scripts: Array<{ sourceURL: string; invoker: string; startTime: number; duration: number }>;
}

/** Runs in the page before its own scripts. */
function probe(selector: string) {
  const state: ProbeState = {
    chart: null,
    painted: null,
    liveChart: null,
    livePainted: null,
    swReady: null,
    // A second visit: the service worker controls the page from its start.
    swControlling: navigator.serviceWorker?.controller ? 0 : null,
    frames: [],
  };
  window.__benchLoad = state;
  // The end of the frame that draws what is in the DOM now: its rAF runs before its style, layout and paint; a message
  // posted there is handled after them.
  const whenPainted = (stamp: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => stamp(performance.now());
      channel.port2.postMessage(null);
    });
  const isLive = (shape: Element) => !shape.closest('[inert]') && shape.checkVisibility({ visibilityProperty: true });
  const watched = new Set<Node>();
  const observer = new MutationObserver(() => {
    // A snapshot may be shown or hidden by an attribute of <html> or <body> (through the page's styles) as well as by
    // its elements: watched from when they are parsed.
    for (const root of [document.documentElement, document.body]) {
      if (!root || watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, { attributes: true });
    }
    if (state.chart === null && document.querySelector(selector)) {
      state.chart = performance.now();
      whenPainted((at) => (state.painted = at));
    }
    if (state.chart === null || !Array.from(document.querySelectorAll(selector)).some(isLive)) return;
    state.liveChart = performance.now();
    observer.disconnect();
    whenPainted((at) => (state.livePainted = at));
  });
  observer.observe(document, { childList: true, subtree: true });
  void navigator.serviceWorker?.ready.then(() => (state.swReady ??= performance.now()));
  navigator.serviceWorker?.addEventListener('controllerchange', () => (state.swControlling ??= performance.now()));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LongAnimationFrame[]) {
        state.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          render: entry.renderStart > 0 ? entry.startTime + entry.duration - entry.renderStart : 0,
          scripts: entry.scripts.map((s) => ({ source: s.sourceURL, invoker: s.invoker, start: s.startTime, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without Long Animation Frames: the trace has no frames.
  }
}

/** Arms the probe in every page the context opens from now on. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(probe, FIRST_CHART);
}

/** Waits for the first chart and the first live chart to be painted, then reads what the probe and the browser recorded. */
export async function readLoad(page: Page): Promise<RawLoad> {
  await page.waitForFunction(() => window.__benchLoad?.painted != null && window.__benchLoad.livePainted != null);
  const resources = await readResources(page);
  const load = await page.evaluate(() => {
    const state = window.__benchLoad!;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      chart: state.chart!,
      painted: state.painted!,
      liveChart: state.liveChart!,
      livePainted: state.livePainted!,
      swReady: state.swReady,
      swControlling: state.swControlling,
      htmlFirstByte: nav.responseStart,
      htmlEnd: nav.responseEnd,
      domInteractive: nav.domInteractive,
      frames: state.frames,
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime })),
    };
  });
  return { ...load, resources };
}

/** Every request the page has made so far (Resource Timing), on the page's clock. */
export function readResources(page: Page): Promise<RawResource[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as Array<PerformanceResourceTiming & { renderBlockingStatus?: string }>).map((e) => ({
      url: e.name,
      start: e.startTime,
      end: e.responseEnd,
      renderBlocking: e.renderBlockingStatus === 'blocking',
    })),
  );
}

/** What a fetched file is to the bench: the app's code, its data, anything else, or no file (an API answer). */
export type FileKind = 'code' | 'data' | 'other';

const CODE = /\.(?:m?js|css)$/i;
const OTHER = /\.(?:html?|ico|png|jpe?g|gif|webp|avif|svg|woff2?|ttf|otf|txt|webmanifest)$/i;

export interface FetchedFile {
  path: string;
  kind: FileKind;
  renderBlocking: boolean;
  /** Size on disk, and gzipped at level 6 (zlib's default, what most servers use): the same for both builds
   * whatever their server does. */
  bytes: number;
  gzip: number;
  start: number;
  end: number;
}

/** Sizes each built file once (a bench gzips the same few files dozens of times otherwise). */
const sizes = new Map<string, { bytes: number; gzip: number }>();

function sizeOf(file: string): { bytes: number; gzip: number } {
  let size = sizes.get(file);
  if (!size) {
    const body = readFileSync(file);
    size = { bytes: body.length, gzip: gzipSync(body).length };
    sizes.set(file, size);
  }
  return size;
}

/** The built file a same-origin URL names, if there is one (the API's answers are no file). */
function builtFile(outDir: string, origin: string, url: string): string | null {
  const parsed = new URL(url);
  if (parsed.origin !== origin) return null;
  const file = join(outDir, decodeURIComponent(parsed.pathname));
  if (!file.startsWith(outDir + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** The built files among a load's resources, each once (a preloaded file is fetched once, listed once). */
export function fetchedFiles(outDir: string, origin: string, resources: readonly RawResource[]): FetchedFile[] {
  const files = new Map<string, FetchedFile>();
  for (const resource of resources) {
    const file = builtFile(outDir, origin, resource.url);
    if (!file || files.has(file)) continue;
    const path = new URL(resource.url).pathname;
    const kind: FileKind = CODE.test(extname(file)) ? 'code' : OTHER.test(extname(file)) ? 'other' : 'data';
    files.set(file, { path, kind, ...sizeOf(file), start: resource.start, end: resource.end, renderBlocking: resource.renderBlocking });
  }
  return [...files.values()];
}

export type { RawFrame, RawLoad, RawResource };
