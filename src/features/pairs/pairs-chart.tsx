import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis, useActiveTooltipLabel, useIsTooltipActive, type TooltipContentProps } from 'recharts';
import { eventLines } from '../../components/event-lines.tsx';
import { EVENT_LABEL_ROW, labelRows, type EventMark } from '../../domain/event-marks.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import { formatTiv } from '../../domain/format.ts';
import type { PairChartData } from './pair-chart-data.ts';

/** Pairs are not countries: each of the (at most four) pairs gets its own colour, named in the legend above. */
export const PAIR_COLORS = ['#c62828', '#1565c0', '#2e7d32', '#ef6c00'];
const Y_AXIS_WIDTH = 76;
/** Below this width (px) the readout keeps to a corner of the chart. */
const NARROW_CHART = 600;

interface Props {
  data: PairChartData;
  orders: boolean;
  unitLabel: string;
  marks: readonly EventMark[];
  onSelect: (pairKey: string, year: number) => void;
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
}

/**
 * Deliveries as solid lines; orders, by year of order, as dashed steps of the same colour, each centred on its
 * year (a step from each year to the next gave the last year's orders no width).
 */
export function PairsChart({ data, orders, unitLabel, marks, onSelect, title }: Props) {
  const hoveredYear = useRef<number | null>(null);
  const [spoken, setSpoken] = useState<HTMLParagraphElement | null>(null);
  const select = (key: string) => hoveredYear.current !== null && onSelect(key, hoveredYear.current);
  // Where Recharts will put each year, to keep the labels of nearby events apart.
  const [frame, width] = useElementWidth<HTMLDivElement>();
  const margin = { right: 16, bottom: 8, left: 16 };
  const [first = 0, last = 0] = [data.points[0]?.year, data.points.at(-1)?.year];
  const plotWidth = Math.max(0, width - margin.left - Y_AXIS_WIDTH - margin.right);
  const rows = plotWidth ? labelRows(marks, (year) => (last === first ? 0 : ((year - first) / (last - first)) * plotWidth)) : marks.map(() => 0);
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
          tickFormatter={(value: number) => formatTiv(value)}
          label={{ value: unitLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' }, offset: -4 }}
        />
        {eventLines(marks, rows)}
        {spoken && <SpokenReadout target={spoken} data={data} orders={orders} unitLabel={unitLabel} />}
        {/* On a narrow chart (a phone) the readout is wider than half the plot: it stays in the top left corner, no
            wider than the chart, its lines wrapping, rather than beside the pointer and off the screen. */}
        <Tooltip
          content={<PairsReadout series={data.series} orders={orders} unitLabel={unitLabel} />}
          position={width && width < NARROW_CHART ? { x: 0, y: 0 } : undefined}
          wrapperStyle={{ maxWidth: width || undefined, zIndex: 1 }}
        />
        {data.series.map((series, i) => (
          <Line
            key={series.key}
            dataKey={series.key}
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
              dataKey={`${series.key}:ordered`}
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
    </div>
  );
}

/**
 * The year's values for a screen reader, as one sentence in the live region outside the chart (Recharts' own
 * readout was an assertive region read line by line, interrupting at each arrow key). Rendered inside the chart,
 * where Recharts' hooks say which year is active, into that region, which is always there to be heard.
 */
function SpokenReadout({ target, data, orders, unitLabel }: { target: HTMLElement } & Pick<Props, 'data' | 'orders' | 'unitLabel'>) {
  const active = useIsTooltipActive();
  const label = useActiveTooltipLabel();
  const point = active && label !== undefined ? data.points.find((p) => p.year === Number(label)) : undefined;
  if (!point) return createPortal('', target);
  const value = (key: string) => formatTiv(point[key] ?? 0);
  const pairs = data.series.map((s) => `${s.label}: delivered ${value(s.key)}${orders ? `, ordered ${value(`${s.key}:ordered`)}` : ''}`);
  return createPortal(`Year ${point.year}, ${unitLabel}: ${pairs.join('; ')}.`, target);
}

/** The readout for the eye, beside the pointer (or in a corner of a narrow chart); the sentence above is for the ear. */
function PairsReadout({ active, payload, label, series, orders, unitLabel }: Partial<TooltipContentProps> & Pick<Props, 'orders' | 'unitLabel'> & { series: PairChartData['series'] }) {
  const point = active ? (payload?.[0]?.payload as PairChartData['points'][number] | undefined) : undefined;
  if (!point) return null;
  const value = (key: string) => formatTiv(point[key] ?? 0);
  return (
    <div className="chart-tooltip" aria-hidden="true">
      <p className="chart-tooltip__year">Year {label}</p>
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
          {series.map((s, i) => (
            <tr key={s.key}>
              <th scope="row">
                <span className="line-swatch" style={{ borderTopColor: PAIR_COLORS[i] }} /> {s.label}
              </th>
              <td>{value(s.key)}</td>
              {orders && <td>{value(`${s.key}:ordered`)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="chart-tooltip__total">
        {unitLabel}
        {orders ? '; orders dashed on the chart' : ''}
      </p>
    </div>
  );
}
