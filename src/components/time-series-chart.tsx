import { nice, ticks } from 'd3-array';
import { area, line, stack, type SeriesPoint } from 'd3-shape';
import { memo, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import { EVENT_LABEL, EVENT_LABEL_ROW, EVENT_LINE, labelRows, type EventMark } from '../domain/event-marks.ts';
import type { StackedChartData, StackedSeries } from '../domain/focus-series.ts';
import { formatShare, formatTiv } from '../domain/format.ts';
import { useElementWidth } from '../lib/use-element-width.ts';
import { otherPatternDefs, useOtherPatternId } from './other-pattern.tsx';
import { darkColorStyle, swatchStyle } from '../domain/scheme-colors.ts';

export type ChartPoint = StackedChartData['points'][number];

/** How the readout's year was reached: a mouse or pen pointing at it, a tap, or the arrow keys. */
export type ReadoutVia = 'pointer' | 'tap' | 'keys';

interface Props {
  /** The series to draw, in stacking order (the first at the bottom), and one point per year. */
  data: StackedChartData;
  /** Stacked areas, or one line per series. */
  mode?: 'stacked' | 'lines';
  /** Shares are drawn on a fixed 0–100 % axis; TIV on a rounded-up axis from 0. */
  scale?: 'tiv' | 'share';
  /** The y axis's label, with the unit. */
  unitLabel: string;
  /** The tallest the chart may be (chartHeight: less on a narrow screen). */
  height?: number;
  /** The chart's accessible name (the SVG's <title>), e.g. the heading above it. */
  title: string;
  /** A short text description of what is drawn (the SVG's <desc>). */
  desc?: string;
  /** Years with press-reported events: a dashed line each, numbered as the list under the chart. */
  marks?: readonly EventMark[];
  /** What the readout shows for the year pointed at, tapped or reached by the arrow keys (`via`); by default each
   * series' value and share (SeriesValues). */
  readout?: (point: ChartPoint, via: ReadoutVia) => ReactNode;
  /** A click on a series at the hovered year; on a touch screen, a tap on the year whose readout is shown. */
  onSelect?: (seriesId: string, year: number) => void;
}

/** Until the container is measured. */
const FALLBACK_WIDTH = 720;
const NO_MARKS: readonly EventMark[] = [];
const AXIS_TEXT = { fill: '#555', fontSize: 12 };

/**
 * Yearly values per series as stacked areas or lines, drawn as plain SVG with d3's shapes. Recharts drew
 * these charts at first, but redrawing ~16 stacked layers cost it ~150 ms per slider step on a 2-core
 * machine (and its ~95 KB gzip held up the first visit); this draws in a few milliseconds. Styling is in
 * attributes, not CSS, so a downloaded SVG looks the same. Hover, or focus and press the arrow keys, to
 * read a year.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  data,
  mode = 'stacked',
  scale = 'tiv',
  unitLabel,
  height: tallest = 360,
  title,
  desc,
  marks = NO_MARKS,
  readout,
  onSelect,
}: Props) {
  const [frame, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth || FALLBACK_WIDTH;
  const height = chartHeight(tallest, width);
  const otherPattern = useOtherPatternId();
  const ids = useId();
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [via, setVia] = useState<ReadoutVia>('pointer');
  // A finger or a pen cannot hover: its first tap shows the year's readout, and a second tap on the year shown
  // selects it (the deals behind it). A mouse selects at its click. Set at each press, read at its click.
  const press = useRef<{ year: number; confirms: boolean } | null>(null);

  const { points, series } = data;
  const right = 16;
  const left = 84;
  const plotWidth = Math.max(0, width - left - right);
  const years = points.map((p) => p.year);
  const [firstYear = 0, lastYear = 0] = [years[0], years.at(-1)];
  // A single year has no width to draw an area or a line over: it is drawn as a bar (a level line), centred.
  const single = points.length === 1;
  const x = single ? linear([firstYear - 1, firstYear + 1], [0, plotWidth]) : linear([firstYear, lastYear], [0, plotWidth]);
  // Event labels of nearby years go in rows above each other (EVENT_LABEL_ROW apart) rather than over each other.
  const markRows = labelRows(marks, x);
  const margin = { top: marks.length ? 24 + EVENT_LABEL_ROW * Math.max(0, ...markRows) : 12, right, bottom: 28, left };
  const plotHeight = height - margin.top - margin.bottom;
  const xAt = (year: number, index: number) => (single ? x(year) + (index === 0 ? -0.3 : 0.3) * plotWidth : x(year));
  const spread = <T,>(list: readonly T[]): readonly T[] => (single ? [list[0]!, list[0]!] : list);
  const valueOf = (point: ChartPoint, id: string) => point[id] ?? 0;

  const layers = mode === 'stacked' ? stack<ChartPoint>().keys(series.map((s) => s.id)).value(valueOf)(points) : [];
  const highest =
    mode === 'stacked'
      ? Math.max(0, ...layers.flatMap((layer) => layer.map(([, upper]) => upper)))
      : Math.max(0, ...points.flatMap((point) => series.map((s) => valueOf(point, s.id))));
  const [, yMax] = scale === 'share' ? [0, 1] : nice(0, highest || 1, 5);
  const y = linear([0, yMax], [plotHeight, 0]);
  const formatY = scale === 'share' ? formatShare : formatTiv;
  const areaPath = area<SeriesPoint<ChartPoint>>()
    .x((d, i) => xAt(d.data.year, i))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const yearTicks = ticks(firstYear, lastYear, Math.max(2, Math.min(8, Math.floor(plotWidth / 80)))).filter(Number.isInteger);

  const active = activeIndex === null ? undefined : points[activeIndex];
  const yearAt = (event: MouseEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement ?? event.currentTarget;
    const box = svg.getBoundingClientRect();
    const offset = plotWidth > 0 ? (event.clientX - box.left - margin.left) / plotWidth : 0;
    return Math.min(lastYear, Math.max(firstYear, Math.round(firstYear + offset * (lastYear - firstYear))));
  };
  const showYearAt = (event: MouseEvent<SVGElement>) => {
    const index = years.indexOf(yearAt(event));
    setActiveIndex(index === -1 ? null : index);
  };
  const onPointerDown = (event: PointerEvent<SVGElement>) => {
    const year = yearAt(event);
    if (event.pointerType === 'mouse') {
      press.current = null;
      return;
    }
    press.current = { year, confirms: via === 'tap' && active?.year === year };
    setVia('tap');
    showYearAt(event);
  };
  const onPointerMove = (event: PointerEvent<SVGElement>) => {
    if (event.pointerType === 'touch') return; // a finger's move scrolls the page
    setVia('pointer');
    showYearAt(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = points.length - 1;
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
    if (event.key === 'Escape') return setActiveIndex(null);
    const move = moves[event.key];
    if (move === undefined || last < 0) return;
    event.preventDefault();
    setVia('keys');
    setActiveIndex((index) => Math.min(last, Math.max(0, (index ?? (move > 0 ? -1 : last + 1)) + move)));
  };
  const select =
    onSelect &&
    ((id: string) => (event: MouseEvent<SVGElement>) => {
      if (!press.current) return onSelect(id, yearAt(event));
      if (press.current.confirms) onSelect(id, press.current.year);
    });
  const colorOf = new Map(series.map((s) => [s.id, s.color]));
  const paint = (id: string) => (id === 'other' ? `url(#${otherPattern})` : colorOf.get(id));

  return (
    <div className="svg-chart" ref={frame}>
      <div
        className="svg-chart__plot"
        tabIndex={0}
        role="group"
        aria-label={`${title}. Use the left and right arrow keys to read each year.`}
        onKeyDown={onKeyDown}
        onBlur={() => setActiveIndex(null)}
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`} // so that print can scale it to the page
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
          fontFamily="system-ui, sans-serif"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerLeave={(event) => event.pointerType === 'mouse' && setActiveIndex(null)}
        >
          <title id={`${ids}-title`}>{title}</title>
          <desc id={`${ids}-desc`}>
            {desc ?? `Series: ${series.map((s) => s.name).join(', ')}. The same numbers are in the table.`}
          </desc>
          {otherPatternDefs(otherPattern)}
          <g transform={`translate(${margin.left},${margin.top})`}>
            <g aria-hidden="true">
              {ticks(0, yMax, 5).map((tick) => (
                <g key={tick} transform={`translate(0,${y(tick)})`}>
                  <line className="svg-chart__grid" x2={plotWidth} stroke="#ccc" strokeDasharray="3 3" />
                  <text x={-8} dy="0.32em" textAnchor="end" {...AXIS_TEXT}>
                    {formatY(tick)}
                  </text>
                </g>
              ))}
              <text
                className="svg-chart__label"
                transform={`translate(${-margin.left + 14},${plotHeight / 2}) rotate(-90)`}
                textAnchor="middle"
                fill="#1a1a1a"
                fontSize={12}
              >
                {unitLabel}
              </text>
            </g>
            {mode === 'stacked'
              ? layers.map((layer) => (
                  <path
                    key={layer.key}
                    className="svg-chart__layer"
                    data-series={layer.key}
                    d={areaPath(spread(layer)) ?? undefined}
                    fill={paint(layer.key)}
                    fillOpacity={0.8}
                    stroke={colorOf.get(layer.key)}
                    style={darkColorStyle(colorOf.get(layer.key)!)}
                    cursor={select ? 'pointer' : undefined}
                    onClick={select?.(layer.key)}
                  />
                ))
              : series.map((s) => (
                  <path
                    key={s.id}
                    className="svg-chart__layer"
                    data-series={s.id}
                    d={line<ChartPoint>().x((p, i) => xAt(p.year, i)).y((p) => y(valueOf(p, s.id)))(spread(points)) ?? undefined}
                    fill="none"
                    stroke={s.color}
                    style={darkColorStyle(s.color)}
                    strokeWidth={2}
                    strokeDasharray={s.id === 'other' ? '6 3' : undefined}
                    cursor={select ? 'pointer' : undefined}
                    onClick={select?.(s.id)}
                  />
                ))}
            <g transform={`translate(0,${plotHeight})`} aria-hidden="true">
              <line className="svg-chart__axis" x2={plotWidth} stroke="#666" />
              {yearTicks.map((tick) => (
                <text key={tick} x={x(tick)} dy="1.4em" textAnchor="middle" {...AXIS_TEXT}>
                  {tick}
                </text>
              ))}
            </g>
            {marks.map((mark, i) => (
              <g key={mark.year} className="svg-chart__event" transform={`translate(${x(mark.year)},0)`} pointerEvents="none">
                <line y1={-EVENT_LABEL_ROW * markRows[i]!} y2={plotHeight} {...EVENT_LINE} />
                <text y={-EVENT_LABEL.gap - EVENT_LABEL_ROW * markRows[i]!} textAnchor="middle" fill={EVENT_LABEL.fill} fontSize={EVENT_LABEL.fontSize}>
                  {mark.numbers.join(',')}
                </text>
              </g>
            ))}
            {active && <line className="svg-chart__cursor" x1={x(active.year)} x2={x(active.year)} y2={plotHeight} stroke="#1a1a1a" pointerEvents="none" />}
          </g>
        </svg>
        {/* Atomic: at each arrow key the whole sentence is read, not only the words that changed. */}
        <div className="svg-chart__readout" aria-live="polite" aria-atomic="true">
          {active && (
            <div className="chart-tooltip" style={readoutPosition(margin.left + x(active.year), width)}>
              {readout ? readout(active, via) : <SeriesValues year={active.year} point={active} series={series} />}
            </div>
          )}
        </div>
      </div>
    </div>
  );
});

/**
 * A chart's height at a width: as tall as asked, but no taller than four fifths of its width (on a phone a chart as
 * tall as it is wide pushes its caption and the rest of the page off the screen), and never under 240 px.
 */
export function chartHeight(tallest: number, width: number): number {
  return Math.min(tallest, Math.max(240, Math.round(width * 0.8)));
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain maps to r0. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * slope;
}

/** Beside the year's line, on the side with more room. */
function readoutPosition(left: number, width: number) {
  return left < width / 2 ? { left: left + 12 } : { right: width - left + 12 };
}

interface SeriesValuesProps {
  year: number;
  /** TIV per series id in the year. */
  point: ChartPoint;
  series: StackedChartData['series'];
  /** The year's total, for the shares: by default the sum of the series shown. */
  total?: number;
  /** The years the values cover, when not the one year (a rolling five-year sum's "2021–2025"). */
  label?: string;
  note?: string;
}

/**
 * A year's readout: each series' TIV and its share of the year's total, top layer first. A screen reader hears it
 * as one sentence instead (the readout is a live region): the total first, then the series that have a value,
 * largest first, where the table would read every layer from the top, "Other" first, at each arrow key.
 */
export function SeriesValues({ year, point, series, total, label, note }: SeriesValuesProps) {
  const yearTotal = total ?? series.reduce((sum, s) => sum + (point[s.id] ?? 0), 0);
  const share = (s: (typeof series)[number]) => (yearTotal > 0 ? ` (${formatShare((point[s.id] ?? 0) / yearTotal)})` : '');
  const spoken = series
    .filter((s) => (point[s.id] ?? 0) > 0)
    .sort((a, b) => (point[b.id] ?? 0) - (point[a.id] ?? 0))
    .map((s) => `${s.name} ${formatTiv(point[s.id]!)}${share(s)}`);
  return (
    <>
      <p className="visually-hidden">
        {`${label ?? year}: total ${formatTiv(yearTotal)} TIV (millions)${spoken.length ? `; ${spoken.join(', ')}` : ''}.${note ? ` ${note}` : ''}`}
      </p>
      <div aria-hidden="true">
        <SeriesValuesTable year={year} label={label} point={point} series={series} total={yearTotal} note={note} />
      </div>
    </>
  );
}

function SeriesValuesTable({ year, point, series, total: yearTotal, label, note }: SeriesValuesProps & { total: number }) {
  return (
    <>
      <p className="chart-tooltip__year">{label ?? year}</p>
      <table>
        <tbody>
          {[...series].reverse().map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <SeriesSwatch series={s} /> {s.name}
              </th>
              <td>{formatTiv(point[s.id] ?? 0)}</td>
              <td>{yearTotal > 0 ? formatShare((point[s.id] ?? 0) / yearTotal) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-tooltip__total">
        Total {formatTiv(yearTotal)} TIV (millions).{note ? ` ${note}` : ''}
      </p>
    </>
  );
}

/** A series' colour, hatched for "Other" so that colour is never the only cue. */
export function SeriesSwatch({ series }: { series: Pick<StackedSeries, 'id' | 'color'> }) {
  // Its colour in a variable (styles.css: .swatch), light and dark; the hatching of .swatch--other stays.
  return <span aria-hidden="true" className={`swatch${series.id === 'other' ? ' swatch--other' : ''}`} style={swatchStyle(series.color)} />;
}

/** The series under a chart, with their swatches; for charts whose legend is not also a control. */
export function SeriesKey({ series }: { series: StackedChartData['series'] }) {
  return (
    <ul className="svg-chart__legend">
      {series.map((s) => (
        <li key={s.id}>
          <SeriesSwatch series={s} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
