import type { YearValues } from '../api/contract.ts';
import { formatYears } from './format.ts';

/**
 * How concentrated a country's suppliers (or customers) are, per SIPRI five-year period: the top row's share
 * and the Herfindahl-Hirschman index (sum of squared percentage shares, 0–10,000), and where the leaders
 * changed places from one period to the next.
 */

export interface PeriodConcentration {
  from: number;
  to: number;
  total: number;
  /** Row ids by TIV over the period, largest first. */
  ranking: Array<{ id: string; tiv: number; share: number }>;
  hhi: number;
}

export interface LeaderChange {
  from: number;
  to: number;
  /** 1: the top row changed; 2: the second. */
  position: 1 | 2;
  newId: string;
  previousId: string;
}

/** The whole SIPRI period a year falls in: 2014 → 2011–2015. */
export function sipriPeriodOf(year: number): { from: number; to: number } {
  const to = Math.ceil(year / 5) * 5;
  return { from: to - 4, to };
}

/** A period's name; one cut short by the years shown says so plainly: "2021–2023 (partial period: 3 of 5 years)". */
export function periodLabel({ from, to }: { from: number; to: number }): string {
  const name = formatYears(from, to);
  return isPartialPeriod({ from, to }) ? `${name} (partial period: ${to - from + 1} of 5 years)` : name;
}

export function isPartialPeriod({ from, to }: { from: number; to: number }): boolean {
  return to - from + 1 < 5;
}

/** SIPRI's periods end in years ending 0 and 5 (2016–20, 2021–25); the ends are clipped to the years given. */
export function fiveYearPeriods(from: number, to: number): Array<{ from: number; to: number }> {
  const periods = [];
  let start = from;
  while (start <= to) {
    const end = Math.min(to, sipriPeriodOf(start).to);
    periods.push({ from: start, to: end });
    start = end + 1;
  }
  return periods;
}

export function concentrationByPeriod(years: readonly YearValues[]): PeriodConcentration[] {
  if (!years.length) return [];
  const byYear = new Map(years.map((y) => [y.year, y]));
  return fiveYearPeriods(years[0]!.year, years[years.length - 1]!.year)
    .map(({ from, to }) => {
      const sums = new Map<string, number>();
      for (let year = from; year <= to; year++) {
        for (const [id, tiv] of Object.entries(byYear.get(year)?.values ?? {})) sums.set(id, (sums.get(id) ?? 0) + tiv);
      }
      const total = [...sums.values()].reduce((a, b) => a + b, 0);
      const ranking = [...sums.entries()]
        .filter(([, tiv]) => tiv > 0)
        .map(([id, tiv]) => ({ id, tiv, share: total > 0 ? tiv / total : 0 }))
        .sort((a, b) => b.tiv - a.tiv || a.id.localeCompare(b.id));
      const hhi = ranking.reduce((sum, row) => sum + (row.share * 100) ** 2, 0);
      return { from, to, total, ranking, hhi };
    })
    .filter((period) => period.total > 0);
}

export function leaderChanges(periods: readonly PeriodConcentration[]): LeaderChange[] {
  const changes: LeaderChange[] = [];
  periods.forEach((period, i) => {
    const previous = periods[i - 1];
    if (!previous) return;
    for (const position of [1, 2] as const) {
      const now = period.ranking[position - 1];
      const before = previous.ranking[position - 1];
      if (now && before && now.id !== before.id) {
        changes.push({ from: period.from, to: period.to, position, newId: now.id, previousId: before.id });
      }
    }
  });
  return changes;
}
