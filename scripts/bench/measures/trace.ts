import { basename } from 'node:path';
import type { RawFrame } from '../load-probe.ts';
import type { Site } from '../site.ts';
import { median, round } from '../stats.ts';
import type { Load, Milestones } from './first-load.ts';

const MILESTONES: Array<[keyof Milestones, string]> = [
  ['htmlFirstByte', 'HTML: first byte'],
  ['htmlArrived', 'HTML: arrived'],
  ['domInteractive', 'HTML parsed (DOM interactive)'],
  ['codeFirstRequested', 'JS + CSS: first requested'],
  ['codeArrived', 'JS + CSS: the last file needed arrived'],
  ['dataFirstRequested', 'data: first requested'],
  ['dataArrived', 'data: the last file needed arrived'],
  ['serviceWorkerActive', "mock API's service worker active"],
  ['serviceWorkerControlling', '… and controlling the page'],
  ['apiFirstRequested', 'first API request sent'],
  ['apiFirstAnswered', 'first API answer'],
  ['firstChart', 'first chart in the DOM'],
  ['firstChartPainted', 'first chart painted'],
  ['firstLiveChart', 'first live chart in the DOM (the app’s own)'],
  ['firstLiveChartPainted', 'first live chart painted'],
];

export interface TraceRow {
  label: string;
  /** Median ms after the navigation started, by site; null where it did not happen before the chart. */
  medians: Array<number | null>;
}

export interface SiteFrames {
  side: string;
  firstChart: number;
  frames: RawFrame[];
}

export interface Trace {
  loads: number;
  rows: TraceRow[];
  /** The long frames of each site's median load (the one whose first chart is the median). */
  medianLoads: SiteFrames[];
}

function medianOf(values: Array<number | null>): number | null {
  const present = values.flatMap((v) => (v === null ? [] : [v]));
  // A milestone that happened in fewer than half the loads has no median.
  return present.length * 2 >= values.length && present.length ? round(median(present), 0) : null;
}

const busy = (load: Load) => load.frames.reduce((sum, f) => sum + f.duration, 0);

/** Where the first moments of the cold loads of `/` went, by milestone, per site. */
export function buildTrace(sites: readonly Site[], loadsBySite: readonly (readonly Load[])[]): Trace {
  const rows: TraceRow[] = MILESTONES.map(([key, label]) => ({ label, medians: loadsBySite.map((loads) => medianOf(loads.map((l) => l.milestones[key]))) }));
  // Marks the page sets itself, if any (by name, the first of each).
  const names = [...new Set(loadsBySite.flatMap((loads) => loads.flatMap((l) => l.marks.map((m) => m.name))))];
  for (const name of names) {
    rows.push({
      label: `mark "${name}"`,
      medians: loadsBySite.map((loads) => medianOf(loads.map((l) => l.marks.find((m) => m.name === name)?.at ?? null))),
    });
  }
  rows.sort((a, b) => (a.medians.find((m) => m !== null) ?? Infinity) - (b.medians.find((m) => m !== null) ?? Infinity));
  rows.push({ label: 'main thread in long frames (≥ 50 ms) before the live chart’s paint', medians: loadsBySite.map((loads) => round(median(loads.map(busy)), 0)) });
  const medianLoads = loadsBySite.map((loads, i) => {
    const chart = median(loads.map((l) => l.milestones.firstChart));
    const load = loads.find((l) => l.milestones.firstChart === chart)!;
    return { side: sites[i]!.side, firstChart: round(chart, 0), frames: [...load.frames].sort((a, b) => a.start - b.start) };
  });
  return { loads: loadsBySite[0]?.length ?? 0, rows, medianLoads };
}

/** "index-abc.js evaluated 66 ms", "browser-def.js Window.fetch.then 121 ms". */
function describeScript(script: RawFrame['scripts'][number]): string {
  const file = script.source ? basename(new URL(script.source).pathname) : '(no file named)';
  const invoker = /^https?:/.test(script.invoker) ? 'evaluated' : script.invoker;
  return `${file} ${invoker} ${Math.round(script.duration)} ms`;
}

export function printTrace(trace: Trace, sites: readonly Site[]): void {
  const columns = sites.map((s) => s.side);
  const width = Math.max(...trace.rows.map((r) => r.label.length));
  const cell = (value: number | null) => (value === null ? '–' : String(value)).padStart(9);
  console.log(`\nCold load of / (median of ${trace.loads} loads; ms after the navigation started):`);
  console.log(`${''.padEnd(width)} ${columns.map((c) => c.padStart(9)).join('')}`);
  for (const row of trace.rows) console.log(`${row.label.padEnd(width)} ${row.medians.map(cell).join('')}`);
  for (const { side, firstChart, frames } of trace.medianLoads) {
    console.log(`\nLong frames (≥ 50 ms) of the median load, ${side} (first chart at ${firstChart} ms):`);
    if (frames.length === 0) console.log('  none');
    for (const frame of frames) {
      const scripts = [...frame.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3).map(describeScript);
      const render = frame.render >= 5 ? `, style/layout/paint ${Math.round(frame.render)} ms` : '';
      const span = `${Math.round(frame.start)}–${Math.round(frame.start + frame.duration)} ms`.padStart(14);
      console.log(`  ${span} ${`${Math.round(frame.duration)} ms`.padStart(7)}: ${scripts.join('; ') || 'no script over 5 ms (compiling scripts, parsing HTML, style, layout)'}${render}`);
    }
  }
  console.log('');
}
