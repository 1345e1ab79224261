import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

export type Unit = 'bytes' | 'ms' | 'MB';

/** One line of the table; `budget` is an upper bound in `unit`, absent for figures only reported. */
export interface Result {
  measure: string;
  value: number;
  unit: Unit;
  budget?: number;
  /** Secondary figures (median beside a p95, max beside a median …), shown in the table. */
  also?: string;
  /** Everything behind the figure, for the JSON report: samples, per-file sizes, breakdowns. */
  detail?: unknown;
}

export const passes = (result: Result) => result.budget === undefined || result.value <= result.budget;

function format(value: number, unit: Unit): string {
  if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ms') return `${Math.round(value)} ms`;
  return `${value.toFixed(1)} MB`;
}

export function printTable(results: readonly Result[]): void {
  const rows = results.map((r) => [
    r.measure,
    format(r.value, r.unit) + (r.also ? ` (${r.also})` : ''),
    r.budget === undefined ? '–' : `≤ ${format(r.budget, r.unit)}`,
    r.budget === undefined ? 'report' : passes(r) ? 'pass' : 'FAIL',
  ]);
  const header = ['measure', 'value', 'budget', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ');
  console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), ''].join('\n'));
}

export async function writeReport(path: string, results: readonly Result[]): Promise<void> {
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
    results: results.map((r) => ({ ...r, pass: r.budget === undefined ? null : passes(r) })),
  };
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
