import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import type { MachineLine } from './measures/machine.ts';
import type { Site } from './site.ts';

export type Unit = 'bytes' | 'ms' | 'MB';

/** One build's figure for a measure. */
export interface Sample {
  value: number;
  /** Secondary figures (median beside a p95, max beside a median …), shown in the table. */
  also?: string;
  /** Everything behind the figure, for the JSON report: samples, per-file sizes, breakdowns. */
  detail?: unknown;
}

/** One line of the table: a measure, its budgets, and one sample per site (in the order of the sites). */
export interface Result {
  measure: string;
  unit: Unit;
  /** An upper bound for the new build, in `unit`; absent for figures only reported. */
  budget?: number;
  /** In side-by-side mode, an upper bound for new/baseline. */
  ratioBudget?: number;
  samples: Sample[];
}

/** new/baseline, when there is a baseline. */
export function ratio(result: Result): number | null {
  const [ours, theirs] = result.samples;
  return ours && theirs && theirs.value > 0 ? ours.value / theirs.value : null;
}

/** Whether the new build meets the budgets: its own, and in side-by-side mode the ratio's. */
export function passes(result: Result): boolean | null {
  if (result.budget === undefined && result.ratioBudget === undefined) return null;
  const withinBudget = result.budget === undefined || result.samples[0]!.value <= result.budget;
  const r = ratio(result);
  const withinRatio = result.ratioBudget === undefined || r === null || r <= result.ratioBudget;
  return withinBudget && withinRatio;
}

function format(value: number, unit: Unit): string {
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return `${value.toFixed(1)} MB`;
}

function budgetText(result: Result, sideBySide: boolean): string {
  const parts: string[] = [];
  if (result.budget !== undefined) parts.push(`≤ ${format(result.budget, result.unit)}`);
  if (sideBySide && result.ratioBudget !== undefined) parts.push(`ratio ≤ ${result.ratioBudget}`);
  return parts.join(', ') || '–';
}

export function printTable(results: readonly Result[], sites: readonly Site[]): void {
  const sideBySide = sites.length > 1;
  const sample = (s: Sample | undefined, unit: Unit) => (s ? format(s.value, unit) + (s.also ? ` (${s.also})` : '') : '–');
  const header = sideBySide ? ['measure', 'new', 'baseline', 'new/baseline', 'budget', 'result'] : ['measure', 'value', 'budget', 'result'];
  const rows = results.map((r) => {
    const verdict = passes(r);
    const result = verdict === null ? 'report' : verdict ? 'pass' : 'FAIL';
    const ratioText = ratio(r)?.toFixed(2) ?? '–';
    return sideBySide
      ? [r.measure, sample(r.samples[0], r.unit), sample(r.samples[1], r.unit), ratioText, budgetText(r, true), result]
      : [r.measure, sample(r.samples[0], r.unit), budgetText(r, false), result];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), ''].join('\n'));
}

export function machineText(machine: MachineLine): string {
  return `Machine line (${machine.workload}): ${machine.before} ms before the measures, ${machine.after} ms after`;
}

/** The machine as the report names it: cores, model, Node, and the load average when the bench started. */
export function machineDescription(load: readonly number[]): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average at the start ${load.map((l) => l.toFixed(2)).join(' / ')}`;
}

export async function writeReport(
  path: string,
  report: { sites: readonly Site[]; results: readonly Result[]; machine: MachineLine; loadAtStart: readonly number[]; trace?: unknown },
): Promise<void> {
  const json = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtStart: report.loadAtStart,
      loadAverageAtEnd: loadavg(),
      line: report.machine,
    },
    sites: report.sites.map(({ side, source }) => ({ side, source })),
    results: report.results.map((r) => ({
      measure: r.measure,
      unit: r.unit,
      budget: r.budget ?? null,
      ratioBudget: report.sites.length > 1 ? (r.ratioBudget ?? null) : null,
      ...Object.fromEntries(report.sites.map((site, i) => [site.side, r.samples[i]])),
      ratio: ratio(r),
      pass: passes(r),
    })),
    trace: report.trace ?? null,
  };
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}
