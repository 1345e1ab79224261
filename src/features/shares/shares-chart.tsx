import { memo, useRef } from 'react';
import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { eventLines } from '../../components/event-lines.tsx';
import { otherPatternDefs, useOtherPatternId } from '../../components/other-pattern.tsx';
import { countryColor } from '../../domain/country-colors.ts';
import type { EventMark } from '../../domain/event-marks.ts';
import type { StackedChartData } from '../../domain/focus-series.ts';
import { formatShare, formatTiv } from '../../domain/format.ts';
import type { Measure } from './shares-view.ts';

interface Props {
  /** TIV per year and series; what the tooltip reads. */
  tiv: StackedChartData;
  /** What is drawn: `tiv`, or the same as shares of each year's total. */
  drawn: StackedChartData;
  /** Total over all rows per year, for the tooltip's shares. */
  totals: ReadonlyMap<number, number>;
  measure: Measure;
  hidden: readonly string[];
  /** "TIV (millions)" or "TIV (millions), five-year sums". */
  unitLabel: string;
  /** The chart's accessible name (the SVG's <title>). */
  title: string;
  /** Years with press-reported events, drawn as numbered lines. */
  marks: readonly EventMark[];
  onSelect: (seriesId: string, year: number) => void;
}

const MARGIN = { top: 20, right: 16, bottom: 8, left: 16 };

/**
 * The share explorer's chart: stacked shares, stacked TIV or lines. It only draws what it is given, and
 * only when that changes (memo): Recharts redraws every layer on each render.
 */
export const SharesChart = memo(function SharesChart({ tiv, drawn, totals, measure, hidden, unitLabel, title, marks, onSelect }: Props) {
  const otherPattern = useOtherPatternId();
  // Recharts tells the series on click and the year on hover; together they name a segment.
  const hoveredYear = useRef<number | null>(null);
  const visible = drawn.series.filter((s) => !hidden.includes(s.id));
  const select = (id: string) => hoveredYear.current !== null && onSelect(id, hoveredYear.current);
  const chartProps = {
    data: drawn.points,
    margin: MARGIN,
    responsive: true,
    style: { width: '100%', height: 380 },
    onMouseMove: (state: { activeLabel?: string | number | undefined }) => {
      hoveredYear.current = state.activeLabel === undefined ? null : Number(state.activeLabel);
    },
    accessibilityLayer: true,
    title,
    desc: `${measure === 'share' ? 'Shares of each year’s total' : unitLabel} for ${visible.map((s) => s.name).join(', ')}. The Table tab has the same numbers.`,
  };
  const axes = (
    <>
      {otherPatternDefs(otherPattern)}
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={8} />
      <YAxis
        width={76}
        domain={measure === 'share' ? [0, 1] : [0, 'auto']}
        tickFormatter={(value: number) => (measure === 'share' ? formatShare(value) : formatTiv(value))}
        label={{
          value: measure === 'share' ? 'Share of the year’s total' : unitLabel,
          angle: -90,
          position: 'insideLeft',
          style: { textAnchor: 'middle' },
          offset: -4,
        }}
      />
      {eventLines(marks)}
      <Tooltip
        content={({ active, label }) => <SharesTooltip active={active} label={label} tiv={tiv} totals={totals} hidden={hidden} />}
      />
    </>
  );

  if (measure === 'lines') {
    return (
      <LineChart {...chartProps}>
        {axes}
        {visible.map((s) => (
          <Line
            key={s.id}
            dataKey={s.id}
            name={s.name}
            stroke={countryColor(s.id)}
            strokeWidth={2}
            strokeDasharray={s.id === 'other' ? '6 3' : undefined}
            dot={false}
            isAnimationActive={false}
            onClick={() => select(s.id)}
            activeDot={{ onClick: () => select(s.id) }}
          />
        ))}
      </LineChart>
    );
  }
  return (
    <AreaChart {...chartProps}>
      {axes}
      {visible.map((s) => (
        <Area
          key={s.id}
          dataKey={s.id}
          name={s.name}
          stackId="rows"
          type="linear"
          stroke={countryColor(s.id)}
          fill={s.id === 'other' ? `url(#${otherPattern})` : countryColor(s.id)}
          fillOpacity={0.8}
          isAnimationActive={false}
          onClick={() => select(s.id)}
          activeDot={{ onClick: () => select(s.id) }}
          style={{ cursor: 'pointer' }}
        />
      ))}
    </AreaChart>
  );
});

interface TooltipProps {
  active: boolean | undefined;
  label: string | number | undefined;
  tiv: StackedChartData;
  totals: ReadonlyMap<number, number>;
  hidden: readonly string[];
}

function SharesTooltip({ active, label, tiv, totals, hidden }: TooltipProps) {
  if (!active || label === undefined) return null;
  const year = Number(label);
  const point = tiv.points.find((p) => p.year === year);
  const total = totals.get(year) ?? 0;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__year">{year}</p>
      <table>
        <tbody>
          {tiv.series
            .filter((s) => !hidden.includes(s.id))
            .map((s) => (
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
      <p className="chart-tooltip__total">
        Total {formatTiv(total)} TIV (millions). Click a segment for its deals.
      </p>
    </div>
  );
}
