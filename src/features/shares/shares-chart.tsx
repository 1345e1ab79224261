import { memo, useCallback, useMemo } from 'react';
import { SeriesValues, TimeSeriesChart, type ChartPoint, type ReadoutVia } from '../../components/time-series-chart.tsx';
import type { EventMark } from '../../domain/event-marks.ts';
import type { StackedChartData } from '../../domain/focus-series.ts';
import { formatYears } from '../../domain/format.ts';
import { yearsOfValue } from '../../domain/share-years.ts';
import type { Measure } from './shares-view.ts';

/** How to reach a value's deals, by how its year was reached: the chart selects by pointer, the table by any means. */
const DEALS_HINT: Record<ReadoutVia, string> = {
  pointer: 'Click a segment for its deals.',
  tap: 'Tap a segment of this year again for its deals.',
  keys: 'The Table tab lists the deals behind each value.',
};

interface Props {
  /** TIV per year and series; what the readout shows. */
  tiv: StackedChartData;
  /** What is drawn: `tiv`, or the same as shares of each year's total. */
  drawn: StackedChartData;
  /** Total over all rows per year, for the readout's shares. */
  totals: ReadonlyMap<number, number>;
  measure: Measure;
  /** Yearly values, or rolling five-year sums, from the data's first year: the readout names the years summed. */
  window: 1 | 5;
  firstYear: number;
  hidden: readonly string[];
  /** "TIV (millions)" or "TIV (millions), rolling five-year sums". */
  unitLabel: string;
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
  /** The weapon lens's label ("Aircraft only"), said in each year's readout; null when every weapon counts. */
  counted: string | null;
  /** Years with press-reported events, drawn as numbered lines. */
  marks: readonly EventMark[];
  /** The deals behind a value; none in an embed, whose readout then says nothing of deals. */
  onSelect?: ((seriesId: string, year: number) => void) | undefined;
  /** The tallest the chart may be. */
  height?: number;
}

/** The share explorer's chart: stacked shares, stacked TIV or lines, without the series switched off. */
export const SharesChart = memo(function SharesChart({ tiv, drawn, totals, measure, window, firstYear, hidden, unitLabel, title, counted, marks, onSelect, height = 380 }: Props) {
  const visible = useMemo(
    () => ({ series: drawn.series.filter((s) => !hidden.includes(s.id)), points: drawn.points }),
    [drawn, hidden],
  );
  const tivByYear = useMemo(() => new Map(tiv.points.map((point) => [point.year, point])), [tiv]);
  // The readout shows TIV and shares of the year's total over all rows, whatever is drawn.
  const readout = useCallback(
    ({ year }: ChartPoint, via: ReadoutVia) => {
      const point = tivByYear.get(year);
      const { from, to } = yearsOfValue(year, window, firstYear);
      const label = counted ? `${formatYears(from, to)}, ${counted}` : formatYears(from, to);
      return point ? (
        <SeriesValues year={year} label={label} point={point} series={visible.series} total={totals.get(year) ?? 0} note={onSelect ? DEALS_HINT[via] : undefined} />
      ) : null;
    },
    [tivByYear, visible.series, totals, window, firstYear, counted, onSelect],
  );
  return (
    <TimeSeriesChart
      data={visible}
      mode={measure === 'lines' ? 'lines' : 'stacked'}
      scale={measure === 'share' ? 'share' : 'tiv'}
      unitLabel={measure === 'share' ? `Share of the ${window === 5 ? 'five years’' : 'year’s'} total` : unitLabel}
      height={height}
      title={title}
      desc={`${measure === 'share' ? `Shares of each ${window === 5 ? 'five years’' : 'year’s'} total` : unitLabel} for ${visible.series.map((s) => s.name).join(', ')}. The Table tab has the same numbers.`}
      marks={marks}
      readout={readout}
      onSelect={onSelect}
    />
  );
});
