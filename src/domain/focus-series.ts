import type { SharesResponse } from '../api/contract.ts';
import { seriesColors } from './country-colors.ts';

export const OTHER_SERIES = { id: 'other', name: 'Other' } as const;

export interface StackedSeries {
  id: string;
  name: string;
  /** Its colour in the chart, the legend and the readout: distinct within the chart (seriesColors). */
  color: string;
  /** TIV over the whole period. */
  tiv: number;
  share: number;
}

export interface StackedChartData {
  series: StackedSeries[];
  /** One row per year: `year` plus TIV per series id (0 where none). */
  points: Array<{ year: number } & Record<string, number>>;
}

/**
 * Keeps the given rows of a shares answer as their own series, in the order given, and sums every other
 * row into "Other", so a chart can draw out a few suppliers against the rest.
 */
export function focusSeries(shares: SharesResponse, focusIds: readonly string[]): StackedChartData {
  const focus = new Set(focusIds);
  const byId = new Map(shares.rows.map((row) => [row.id, row]));
  const kept = focusIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const rest = shares.rows.filter((row) => !focus.has(row.id));
  const otherTiv = rest.reduce((sum, row) => sum + row.tiv, 0);
  const ids = [...kept.map((row) => row.id), ...(rest.length ? [OTHER_SERIES.id] : [])];
  const colors = seriesColors(ids);
  const series: StackedSeries[] = kept.map(({ id, name, tiv, share }) => ({ id, name, color: colors.get(id)!, tiv, share }));
  if (rest.length) {
    series.push({ ...OTHER_SERIES, color: colors.get(OTHER_SERIES.id)!, tiv: otherTiv, share: shares.total > 0 ? otherTiv / shares.total : 0 });
  }

  const points = shares.years.map(({ year, values }) => {
    const point: { year: number } & Record<string, number> = { year };
    for (const s of series) point[s.id] = 0;
    for (const [id, tiv] of Object.entries(values)) {
      const key = focus.has(id) ? id : OTHER_SERIES.id;
      point[key] = (point[key] ?? 0) + tiv;
    }
    return point;
  });
  return { series, points };
}
