import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, useActiveTooltipLabel, useIsTooltipActive, type TooltipContentProps } from 'recharts';
import { eventLines } from '../../components/event-lines.tsx';
import { EVENT_LABEL_ROW, labelRows, type EventMark } from '../../domain/event-marks.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import { formatCount, formatTiv } from '../../domain/format.ts';
import { pairKeys, type PairChartData } from './pair-chart-data.ts';
import type { PairMeasure } from './pairs-view.ts';

/** Pairs are not countries: each of the (at most four) pairs gets its own colour, named in the legend above. */
export const PAIR_COLORS = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00'];
const Y_AXIS_WIDTH = 76;
/** Below this width (px) the readout goes under the chart: over it, it would hide most of the plot. */
const NARROW_CHART = 600;

interface Props {
  data: PairChartData;
  orders: boolean;
  /** TIV, or units (weapons). */
  measure: PairMeasure;
  unitLabel: string;
  /** The weapon lens's label ("Weapons matching “mi-35”"), said in each year's readout; null when every weapon counts. */
  counted: string | null;
  marks: readonly EventMark[];
  onSelect: (pairKey: string, year: number) => void;
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
}

/**
 * Deliveries as solid lines; orders, by year of order, as dashed steps of the same colour, each centred on its
 * year (a step from each year to the next gave the last year's orders no width).
 */
export function PairsChart({ data, orders, measure, unitLabel, counted, marks, onSelect, title }: Props) {
  const hoveredYear = useRef<number | null>(null);
  const [spoken, setSpoken] = useState<HTMLParagraphElement | null>(null);
  const [below, setBelow] = useState<HTMLDivElement | null>(null);
  const select = (key: string) => hoveredYear.current !== null && onSelect(key, hoveredYear.current);
  // Where Recharts will put each year, to keep the labels of nearby events apart.
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const margin = { right: 16, bottom: 8, left: 16 };
  const [first = 0, last = 0] = [data.points[0]?.year, data.points.at(-1)?.year];
  const plotWidth = Math.max(0, width - margin.left - Y_AXIS_WIDTH - margin.right);
  const rows = plotWidth ? labelRows(marks, (year) => (last === first ? 0 : ((year - first) / (last - first)) * plotWidth)) : marks.map(() => 0);
  const narrow = width > 0 && width < NARROW_CHART;
  const readout = { data, orders, measure, unitLabel, counted };
  return (
    <div ref={frame}>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" ref={setSpoken} />
      <ComposedChart
        responsive
        style={{ width: '100%', height: 380 }}
        data={data.points}
        margin={{ ...margin, top: 20 + EVENT_LABEL_ROW * Math.max(0, ...rows) }}
        onMouseMove={(state) => {
          hoveredYear.current = state.activeLabel === undefined ? null : Number(state.activeLabel);
        }}
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
        {spoken && <ActiveYearReadouts spoken={spoken} below={narrow ? below : null} {...readout} />}
        <Tooltip content={narrow ? NO_TOOLTIP : <TooltipReadout {...readout} />} wrapperStyle={{ zIndex: 1 }} />
        {data.series.map((series, i) => (
          <Line
            key={series.key}
            dataKey={pairKeys(series.key, measure).delivered}
            name={`${series.label}: delivered`}
            stroke={PAIR_COLORS[i]}
            strokeWidth={2.5}
            dot={false}
            activeDot={{ r: 5, onClick: () => select(series.key) }}
            isAnimationActive={false}
            onClick={() => select(series.key)}
          />
        ))}
        {orders &&
          data.series.map((series, i) => (
            <Line
              key={`${series.key}:ordered`}
              dataKey={pairKeys(series.key, measure).ordered}
              name={`${series.label}: ordered`}
              stroke={PAIR_COLORS[i]}
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

type ReadoutProps = Pick<Props, 'data' | 'orders' | 'measure' | 'unitLabel' | 'counted'>;

const FORMAT: Record<PairMeasure, (value: number) => string> = { tiv: formatTiv, units: formatCount };

/** A pair's delivered and ordered values in a year, as read. */
function pairValues(point: Point, key: string, measure: PairMeasure) {
  const keys = pairKeys(key, measure);
  return { delivered: FORMAT[measure](point[keys.delivered] ?? 0), ordered: FORMAT[measure](point[keys.ordered] ?? 0) };
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
      {below && shown && createPortal(<YearValues point={shown} {...readout} hint />, below)}
    </>
  );
}

/** "Year 2018, TIV (millions): Russia → India: delivered 1,224, ordered 2,451; …."; with a lens, "Year 2018, Units,
 * weapons matching “mi-35”: …". */
function spokenValues(point: Point, { data, orders, measure, unitLabel, counted }: ReadoutProps): string {
  const pairs = data.series.map((s) => {
    const { delivered, ordered } = pairValues(point, s.key, measure);
    return `${s.label}: delivered ${delivered}${orders ? `, ordered ${ordered}` : ''}`;
  });
  return `Year ${point.year}, ${unitLabel}${counted ? `, ${counted}` : ''}: ${pairs.join('; ')}.`;
}

const NO_TOOLTIP = () => null;

/** The readout beside the pointer, for the eye (the sentence above is for the ear). */
function TooltipReadout({ active, payload, ...readout }: Partial<TooltipContentProps> & ReadoutProps) {
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  return point ? <YearValues point={point} {...readout} /> : null;
}

/**
 * A year's values, for the eye (a screen reader hears the live region, and reaches a year with the arrow keys): each
 * pair's TIV delivered and, when shown, ordered; `hint`: how to see another year's.
 */
function YearValues({ point, data, orders, measure, unitLabel, counted, hint = false }: { point: Point; hint?: boolean } & ReadoutProps) {
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
                  <span className="line-swatch" style={{ borderTopColor: PAIR_COLORS[i] }} /> {s.label}
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
        {orders ? '; orders dashed on the chart' : ''}
      </p>
      {hint && <p className="chart-tooltip__total">Tap or point at a year on the chart for its values.</p>}
    </div>
  );
}
