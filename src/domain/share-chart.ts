import type { SharesResponse, YearValues } from '../api/contract.ts';
import { focusSeries, OTHER_SERIES, type StackedChartData } from './focus-series.ts';

/**
 * The rows a chart draws on its own: the `top` largest plus any pinned row present, in rank order.
 * Everything else is summed into "Other" by focusSeries.
 */
export function drawnOutIds(shares: SharesResponse, top: number, pinned: readonly string[]): string[] {
  const ranked = shares.rows.filter((row) => row.id !== OTHER_SERIES.id && row.tiv > 0);
  const largest = new Set(ranked.slice(0, top).map((row) => row.id));
  return ranked.filter((row) => largest.has(row.id) || pinned.includes(row.id)).map((row) => row.id);
}

export function shareChartData(shares: SharesResponse, top: number, pinned: readonly string[]): StackedChartData {
  return focusSeries(shares, drawnOutIds(shares, top, pinned));
}

/** Each point as a share (0..1) of that year's total over all rows, hidden ones included. */
export function asShareOfYear(data: StackedChartData, years: readonly YearValues[]): StackedChartData {
  const totals = new Map(years.map((y) => [y.year, y.total]));
  const points = data.points.map((point) => {
    const total = totals.get(point.year) ?? 0;
    const shared: { year: number } & Record<string, number> = { year: point.year };
    for (const s of data.series) shared[s.id] = total > 0 ? (point[s.id] ?? 0) / total : 0;
    return shared;
  });
  return { series: data.series, points };
}

/** A period's largest rows in words: "Russia (incl. Soviet Union) 40 %, France 29 %". */
export function leadingRows(shares: SharesResponse, count = 4): Array<{ id: string; name: string; share: number; tiv: number }> {
  return shares.rows.filter((row) => row.id !== OTHER_SERIES.id && row.tiv > 0).slice(0, count);
}
