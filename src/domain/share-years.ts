import type { ShareRow, SharesResponse, YearValues } from '../api/contract.ts';
import { roundTiv } from './round-tiv.ts';

/**
 * The answer /shares would give for from..to and a window, cut from its yearly answer over every year.
 * The share explorer asks the API once per country and cuts each slider position from that answer, so a
 * slider step costs a render, not a round trip. Sums start from the served (rounded) yearly values, so they
 * can differ from the API's own by a few thousandths of a TIV million.
 */
export function sharesOverYears(series: SharesResponse, from: number, to: number, window: 1 | 5): SharesResponse {
  if (series.window !== 1 || series.rows.some((row) => row.id === 'other')) {
    throw new Error('sharesOverYears needs the yearly answer with every row (window 1, no top).');
  }
  if (from > to || from < series.from || to > series.to) {
    throw new RangeError(`${from}–${to} is not within the answer's years, ${series.from}–${series.to}.`);
  }
  // Like the API, a row is any id delivered to in the years a point needs, even if only before `from`.
  const periodTiv = new Map<string, number>();
  for (const { year, values } of series.years) {
    if (year < from - window + 1 || year > to) continue;
    for (const [id, tiv] of Object.entries(values)) periodTiv.set(id, (periodTiv.get(id) ?? 0) + (year >= from ? tiv : 0));
  }
  const names = new Map(series.rows.map((row) => [row.id, row.name]));
  const ranked = [...periodTiv]
    .map(([id, tiv]) => ({ id, name: names.get(id) ?? id, tiv }))
    .sort((a, b) => b.tiv - a.tiv || a.name.localeCompare(b.name, 'en'));
  const total = ranked.reduce((sum, row) => sum + row.tiv, 0);
  const rows: ShareRow[] = ranked.map((row) => ({ ...row, tiv: roundTiv(row.tiv), share: total > 0 ? row.tiv / total : 0 }));

  return { ...series, from, to, window, total: roundTiv(total), rows, years: yearsOf(series, from, to, window) };
}

/** The yearly points of from..to: the served ones as they are, or sums over the trailing `window` years. */
export function yearsOf(series: SharesResponse, from: number, to: number, window: 1 | 5): YearValues[] {
  const inRange = series.years.filter((y) => y.year >= from && y.year <= to);
  if (window === 1) return inRange;
  const byYear = new Map(series.years.map((y) => [y.year, y.values]));
  return inRange.map(({ year }) => {
    const values: Record<string, number> = {};
    for (let y = year - window + 1; y <= year; y++) {
      for (const [id, tiv] of Object.entries(byYear.get(y) ?? {})) values[id] = (values[id] ?? 0) + tiv;
    }
    let total = 0;
    for (const id of Object.keys(values)) {
      values[id] = roundTiv(values[id]!);
      total += values[id];
    }
    return { year, total: roundTiv(total), values };
  });
}

/** The years one value covers: its own, or the five of a rolling five-year sum ending in it (none before the data). */
export function yearsOfValue(year: number, window: 1 | 5, firstYear: number): { from: number; to: number } {
  return { from: Math.max(firstYear, year - window + 1), to: year };
}
