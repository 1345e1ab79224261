import { nice, ticks } from 'd3-array';
import { area, stack, type SeriesPoint } from 'd3-shape';
import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { countryColor } from '../domain/country-colors.ts';
import type { StackedChartData } from '../domain/focus-series.ts';
import { formatShare, formatTiv } from '../domain/format.ts';
import { useElementWidth } from '../lib/use-element-width.ts';
import { otherPatternDefs, useOtherPatternId } from './other-pattern.tsx';

interface Props {
  data: StackedChartData;
  /** Axis label, with the unit. */
  unitLabel: string;
  height?: number;
  /** The chart's accessible name (the SVG's <title>), e.g. the heading above it. */
  title?: string;
  /** A short text description of what is drawn (the SVG's <desc>). */
  desc?: string;
}

type Point = StackedChartData['points'][number];

const MARGIN = { top: 12, right: 16, bottom: 28, left: 84 };
/** Until the container is measured (and in jsdom, which lays nothing out). */
const FALLBACK_WIDTH = 720;

/**
 * Yearly TIV stacked by series, drawn as plain SVG with d3's stack and area shapes. This is the overview's
 * first chart: drawing it without Recharts keeps ~95 KB (gzip) and ~300 ms of rendering off the first visit;
 * the explorers load Recharts with their routes. Hover, or focus and press the arrow keys, to read a year.
 */
export function StackedAreaChart({ data, unitLabel, height = 360, title, desc }: Props) {
  const [frame, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth || FALLBACK_WIDTH;
  const otherPattern = useOtherPatternId();
  const ids = useId();
  const [activeIndex, setActiveIndex] = useState<number | null>(null);

  const { points, series } = data;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const years = points.map((p) => p.year);
  const [firstYear = 0, lastYear = 0] = [years[0], years.at(-1)];
  const x = linear([firstYear, lastYear], [0, plotWidth]);
  const layers = stack<Point>()
    .keys(series.map((s) => s.id))
    .value((point, id) => point[id] ?? 0)(points);
  const top = Math.max(0, ...layers.flatMap((layer) => layer.map(([, upper]) => upper)));
  const [, yMax] = nice(0, top, 5);
  const y = linear([0, yMax], [plotHeight, 0]);
  const shape = area<SeriesPoint<Point>>()
    .x((d) => x(d.data.year))
    .y0((d) => y(d[0]))
    .y1((d) => y(d[1]));
  const yearTicks = ticks(firstYear, lastYear, Math.max(2, Math.min(8, Math.floor(plotWidth / 80)))).filter(Number.isInteger);

  const active = activeIndex === null ? undefined : points[activeIndex];
  const nearestIndex = (event: PointerEvent<SVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const year = Math.round(firstYear + ((event.clientX - box.left - MARGIN.left) / plotWidth) * (lastYear - firstYear));
    const index = years.indexOf(Math.min(Math.max(year, firstYear), lastYear));
    return index === -1 ? null : index;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const last = points.length - 1;
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };
    if (event.key === 'Escape') return setActiveIndex(null);
    const move = moves[event.key];
    if (move === undefined || last < 0) return;
    event.preventDefault();
    setActiveIndex((index) => Math.min(last, Math.max(0, (index ?? (move > 0 ? -1 : last + 1)) + move)));
  };

  return (
    <div className="svg-chart" ref={frame}>
      <div
        className="svg-chart__plot"
        tabIndex={0}
        role="group"
        aria-label={`${title ?? 'Chart'}. Use the left and right arrow keys to read each year.`}
        onKeyDown={onKeyDown}
        onBlur={() => setActiveIndex(null)}
      >
        <svg
          width={width}
          height={height}
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
          onPointerMove={(event) => setActiveIndex(nearestIndex(event))}
          onPointerLeave={() => setActiveIndex(null)}
        >
          <title id={`${ids}-title`}>{title ?? `Stacked areas of ${unitLabel} per year`}</title>
          <desc id={`${ids}-desc`}>
            {desc ?? `Series: ${series.map((s) => s.name).join(', ')}. The same numbers are in the table below the chart.`}
          </desc>
          {otherPatternDefs(otherPattern)}
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <g className="svg-chart__grid" aria-hidden="true">
              {ticks(0, yMax, 5).map((tick) => (
                <g key={tick} transform={`translate(0,${y(tick)})`}>
                  <line x2={plotWidth} />
                  <text x={-8} dy="0.32em" textAnchor="end">
                    {formatTiv(tick)}
                  </text>
                </g>
              ))}
              <text className="svg-chart__label" transform={`translate(${-MARGIN.left + 14},${plotHeight / 2}) rotate(-90)`} textAnchor="middle">
                {unitLabel}
              </text>
            </g>
            {layers.map((layer) => (
              <path
                key={layer.key}
                className="svg-chart__layer"
                d={shape(layer) ?? undefined}
                fill={layer.key === 'other' ? `url(#${otherPattern})` : countryColor(layer.key)}
                fillOpacity={0.75}
                stroke={countryColor(layer.key)}
              />
            ))}
            <g className="svg-chart__axis" transform={`translate(0,${plotHeight})`} aria-hidden="true">
              <line x2={plotWidth} />
              {yearTicks.map((tick) => (
                <text key={tick} x={x(tick)} dy="1.4em" textAnchor="middle">
                  {tick}
                </text>
              ))}
            </g>
            {active && <line className="svg-chart__cursor" x1={x(active.year)} x2={x(active.year)} y2={plotHeight} />}
          </g>
        </svg>
        <YearReadout point={active} series={series} left={active ? MARGIN.left + x(active.year) : 0} width={width} />
      </div>
      <ul className="svg-chart__legend">
        {series.map((s) => (
          <li key={s.id}>
            <span
              aria-hidden="true"
              className={`swatch${s.id === 'other' ? ' swatch--other' : ''}`}
              style={{ backgroundColor: countryColor(s.id) }}
            />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Maps [d0, d1] onto [r0, r1]; an empty domain maps to r0. */
function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const slope = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * slope;
}

interface ReadoutProps {
  point: Point | undefined;
  series: StackedChartData['series'];
  /** The year's x position in the plot, to place the readout beside it. */
  left: number;
  width: number;
}

/** The hovered or focused year's values; a live region, so arrow keys are read out as well as shown. */
function YearReadout({ point, series, left, width }: ReadoutProps) {
  const total = point ? series.reduce((sum, s) => sum + (point[s.id] ?? 0), 0) : 0;
  const onRight = left < width / 2;
  return (
    <div className="svg-chart__readout" aria-live="polite">
      {point && (
        <div className="chart-tooltip" style={onRight ? { left: left + 12 } : { right: width - left + 12 }}>
          <p className="chart-tooltip__year">{point.year}</p>
          <table>
            <tbody>
              {[...series].reverse().map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <span
                      aria-hidden="true"
                      className={`swatch${s.id === 'other' ? ' swatch--other' : ''}`}
                      style={{ backgroundColor: countryColor(s.id) }}
                    />{' '}
                    {s.name}
                  </th>
                  <td>{formatTiv(point[s.id] ?? 0)}</td>
                  <td>{total > 0 ? formatShare((point[s.id] ?? 0) / total) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="chart-tooltip__total">Total {formatTiv(total)} TIV (millions)</p>
        </div>
      )}
    </div>
  );
}
