import { useLayoutEffect, useRef, useState, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
  useIsTooltipActive,
  useYAxisScale,
  type MouseHandlerDataParam,
  type TooltipContentProps,
} from 'recharts';
import { eventLines } from '../../components/event-lines.tsx';
import { chartHeight } from '../../components/time-series-chart.tsx';
import { darkColorStyle, onDark } from '../../domain/scheme-colors.ts';
import { EVENT_LABEL_ROW, labelRows, type EventMark } from '../../domain/event-marks.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import { formatCount, formatTiv } from '../../domain/format.ts';
import { pairKeys, type PairChartData } from './pair-chart-data.ts';
import type { PairMeasure } from './pairs-view.ts';

/** Pairs are not countries: each of the (at most four) pairs gets its own colour, named in the legend above. */
export const PAIR_COLORS = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00'];
const PAIR_DARK_COLORS = Object.fromEntries(PAIR_COLORS.map((color, i) => [`--pair-${i}`, onDark(color)])) as CSSProperties;
const Y_AXIS_WIDTH = 76;
/** Below this width (px) the readout goes under the chart: over it, it would hide most of the plot. */
const NARROW_CHART = 600;

/** How to reach a value's deals, as the share chart says it: a mouse clicks, a finger taps the year shown again. */
const DEALS_HINT = {
  pointer: 'Click near a line for its deals.',
  tap: 'Tap near a line of this year again for its deals.',
  keys: 'The Table tab lists the deals behind each value.',
};

interface Props {
  data: PairChartData;
  orders: boolean;
  /** TIV, or units (weapons). */
  measure: PairMeasure;
  unitLabel: string;
  /** The weapon lens's label ("Weapons matching “mi-35”"), said in each year's readout; null when every weapon counts. */
  counted: string | null;
  marks: readonly EventMark[];
  /** The deals behind a value; none in an embed, whose readouts then say nothing of deals. */
  onSelect?: ((pairKey: string, year: number) => void) | undefined;
  /** The tallest the chart may be. */
  height?: number;
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
}

/**
 * Deliveries as solid lines; orders, by year of order, as dashed steps of the same colour, each centred on its
 * year (a step from each year to the next gave the last year's orders no width).
 */
export function PairsChart({ data, orders, measure, unitLabel, counted, marks, onSelect, title, height = 380 }: Props) {
  const [spoken, setSpoken] = useState<HTMLParagraphElement | null>(null);
  const [below, setBelow] = useState<HTMLDivElement | null>(null);
  // The whole column of a year is the click target: the pair whose line is nearest the pointer there. A mouse opens its
  // deals at the click; a finger's first tap shows the year's values and a second tap on the year shown its deals, as
  // on the share chart. What the chart shows is read at each press, and used at its click.
  const chart = useRef<ChartState>({ nearestPair: null, shownYear: null });
  const press = useRef<{ touch: boolean; shownYear: number | null }>({ touch: false, shownYear: null });
  const onPointerDown = (event: { pointerType: string }) => {
    press.current = { touch: event.pointerType !== 'mouse', shownYear: chart.current.shownYear };
  };
  const onClick = ({ activeLabel }: MouseHandlerDataParam, event: MouseEvent<SVGGraphicsElement>) => {
    if (activeLabel === undefined) return;
    const year = Number(activeLabel);
    if (press.current.touch && press.current.shownYear !== year) return;
    const surface = (event.target as Element).closest('.recharts-wrapper')?.querySelector('svg.recharts-surface');
    const key = surface && chart.current.nearestPair?.(year, event.clientY - surface.getBoundingClientRect().top);
    if (key) onSelect?.(key, year);
  };
  // Where Recharts will put each year, to keep the labels of nearby events apart.
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const margin = { right: 16, bottom: 8, left: 16 };
  const [first = 0, last = 0] = [data.points[0]?.year, data.points.at(-1)?.year];
  const plotWidth = Math.max(0, width - margin.left - Y_AXIS_WIDTH - margin.right);
  const rows = plotWidth ? labelRows(marks, (year) => (last === first ? 0 : ((year - first) / (last - first)) * plotWidth)) : marks.map(() => 0);
  const narrow = width > 0 && width < NARROW_CHART;
  const readout = { data, orders, measure, unitLabel, counted, hints: onSelect ? DEALS_HINT : NO_HINTS };
  return (
    // Each pair's dark-scheme colour, for the lines (styles.css: .pair-line--N).
    <div ref={frame} onPointerDown={onPointerDown} style={PAIR_DARK_COLORS}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" ref={setSpoken} />
      <ComposedChart
        responsive
        style={{ width: '100%', height: chartHeight(height, width || 720), cursor: onSelect ? 'pointer' : undefined }}
        data={data.points}
        margin={{ ...margin, top: 20 + EVENT_LABEL_ROW * Math.max(0, ...rows) }}
        onClick={onClick}
        accessibilityLayer
        title={title}
        desc={`Lines of ${unitLabel} per year for ${data.series.map((s) => s.label).join('; ')}${orders ? '; orders as dashed steps' : ''}. The Table tab has the same numbers.`}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={8} />
        <YAxis
          width={Y_AXIS_WIDTH}
          tickFormatter={(value: number) => FORMAT[measure](value)}
          allowDecimals={measure !== 'units'}
          label={{ value: unitLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' }, offset: -4 }}
        />
        {eventLines(marks, rows)}
        <ChartStateReader data={data} measure={measure} stateRef={chart} />
        {spoken && <ActiveYearReadouts spoken={spoken} below={narrow ? below : null} {...readout} />}
        <Tooltip content={narrow ? NO_TOOLTIP : <TooltipReadout {...readout} />} wrapperStyle={{ zIndex: 1 }} />
        {data.series.map((series, i) => (
          <Line
            key={series.key}
            dataKey={pairKeys(series.key, measure).delivered}
            name={`${series.label}: delivered`}
            stroke={PAIR_COLORS[i]}
            className={`pair-line pair-line--${i}`}
            strokeWidth={2.5}
            dot={false}
            activeDot={{ r: 5 }}
            isAnimationActive={false}
          />
        ))}
        {orders &&
          data.series.map((series, i) => (
            <Line
              key={`${series.key}:ordered`}
              dataKey={pairKeys(series.key, measure).ordered}
              name={`${series.label}: ordered`}
              stroke={PAIR_COLORS[i]}
              className={`pair-line pair-line--${i}`}
              strokeDasharray="5 4"
              strokeWidth={1.5}
              type="step"
              dot={false}
              isAnimationActive={false}
            />
          ))}
      </ComposedChart>
      {narrow && <div className="pairs-readout-below" ref={setBelow} />}
    </div>
  );
}

const NO_HINTS = { pointer: '', tap: '', keys: '' };

type ReadoutProps = Pick<Props, 'data' | 'orders' | 'measure' | 'unitLabel' | 'counted'> & { hints: typeof DEALS_HINT };

const FORMAT: Record<PairMeasure, (value: number) => string> = { tiv: formatTiv, units: formatCount };

/** A pair's delivered and ordered values in a year, as read. */
function pairValues(point: Point, key: string, measure: PairMeasure) {
  const keys = pairKeys(key, measure);
  return { delivered: FORMAT[measure](point[keys.delivered] ?? 0), ordered: FORMAT[measure](point[keys.ordered] ?? 0) };
}

interface ChartState {
  /** The pair whose line, at a year, is nearest a height in the chart's pixels. */
  nearestPair: ((year: number, y: number) => string | null) | null;
  /** The year whose values are shown, if any. */
  shownYear: number | null;
}

/** Inside the chart, where Recharts' y scale and active year are known: what a click on the chart needs. */
function ChartStateReader({ data, measure, stateRef }: { data: PairChartData; measure: PairMeasure; stateRef: RefObject<ChartState> }) {
  const y = useYAxisScale();
  const active = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  useLayoutEffect(() => {
    stateRef.current.shownYear = active && label !== undefined ? Number(label) : null;
    stateRef.current.nearestPair = (year, height) => {
      const point = data.points.find((p) => p.year === year);
      if (!point || !y) return data.series[0]?.key ?? null;
      let nearest: { key: string; distance: number } | null = null;
      for (const { key } of data.series) {
        const distance = Math.abs((y(point[pairKeys(key, measure).delivered] ?? 0) ?? 0) - height);
        if (!nearest || distance < nearest.distance) nearest = { key, distance };
      }
      return nearest?.key ?? null;
    };
  }, [data, measure, stateRef, y, active, label]);
  return null;
}

type Point = PairChartData['points'][number];

/**
 * The active year's readouts, rendered inside the chart, where Recharts' hooks say which year is active, into places
 * outside it. For a screen reader, one sentence in a live region that is always there (Recharts' own readout was an
 * assertive region read line by line at each arrow key). On a narrow chart, the values under it for the eye: the
 * last year's until another is tapped, so that the page under it does not jump at each tap.
 */
function ActiveYearReadouts({ spoken, below, ...readout }: { spoken: HTMLElement; below: HTMLElement | null } & ReadoutProps) {
  const active = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const point = active && label !== undefined ? readout.data.points.find((p) => p.year === Number(label)) : undefined;
  const shown = point ?? readout.data.points.at(-1);
  return (
    <>
      {createPortal(point ? spokenValues(point, readout) : '', spoken)}
      {below && shown && createPortal(<YearValues point={shown} {...readout} deals={readout.hints.tap} otherYears />, below)}
    </>
  );
}

/** "Year 2018, TIV (millions): Russia → India: delivered 1,224, ordered 2,451; …."; with a lens, "Year 2018, Units,
 * weapons matching “mi-35”: …". */
function spokenValues(point: Point, { data, orders, measure, unitLabel, counted, hints }: ReadoutProps): string {
  const pairs = data.series.map((s) => {
    const { delivered, ordered } = pairValues(point, s.key, measure);
    return `${s.label}: delivered ${delivered}${orders ? `, ordered ${ordered}` : ''}`;
  });
  return `Year ${point.year}, ${unitLabel}${counted ? `, ${counted}` : ''}: ${pairs.join('; ')}.${hints.keys ? ` ${hints.keys}` : ''}`;
}

const NO_TOOLTIP = () => null;

/** The readout beside the pointer, for the eye (the sentence above is for the ear). */
function TooltipReadout({ active, payload, ...readout }: Partial<TooltipContentProps> & ReadoutProps) {
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  return point ? <YearValues point={point} {...readout} deals={readout.hints.pointer} /> : null;
}

/**
 * A year's values, for the eye (a screen reader hears the live region, and reaches a year with the arrow keys): each
 * pair's TIV delivered and, when shown, ordered; how to open their deals, and with `otherYears` how to see another
 * year's.
 */
function YearValues({ point, data, orders, measure, unitLabel, counted, deals, otherYears = false }: { point: Point; deals: string; otherYears?: boolean } & ReadoutProps) {
  return (
    <div className="chart-tooltip" aria-hidden="true">
      <p className="chart-tooltip__year">Year {point.year}</p>
      <table>
        {orders && (
          <thead>
            <tr>
              <td />
              <th scope="col">delivered</th>
              <th scope="col">ordered</th>
            </tr>
          </thead>
        )}
        <tbody>
          {data.series.map((s, i) => {
            const { delivered, ordered } = pairValues(point, s.key, measure);
            return (
              <tr key={s.key}>
                <th scope="row">
                  <span className="line-swatch" style={{ borderTopColor: PAIR_COLORS[i], ...darkColorStyle(PAIR_COLORS[i]!) }} /> {s.label}
                </th>
                <td>{delivered}</td>
                {orders && <td>{ordered}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="chart-tooltip__total">
        {unitLabel}
        {counted ? `; ${counted}` : ''}
        {orders ? '; orders dashed on the chart' : ''}. {deals}
      </p>
      {otherYears && <p className="chart-tooltip__total">Tap or point at a year on the chart for its values.</p>}
    </div>
  );
}
