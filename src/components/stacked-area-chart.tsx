import { otherPatternDefs, useOtherPatternId } from './other-pattern.tsx';
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { countryColor } from '../domain/country-colors.ts';
import type { StackedChartData } from '../domain/focus-series.ts';
import { formatTiv } from '../domain/format.ts';

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

/** Yearly TIV stacked by series. Receives ready data; it only draws. */
export function StackedAreaChart({ data, unitLabel, height = 360, title, desc }: Props) {
  const otherPattern = useOtherPatternId();
  return (
    <AreaChart
      responsive
      style={{ width: '100%', height }}
      data={data.points}
      margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer
      title={title ?? `Stacked areas of ${unitLabel} per year`}
      desc={desc ?? `Series: ${data.series.map((s) => s.name).join(', ')}. The same numbers are in the table below the chart.`}
    >
        {otherPatternDefs(otherPattern)}
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={8} />
        <YAxis
          tickFormatter={(value: number) => formatTiv(value)}
          label={{ value: unitLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' }, offset: -4 }}
          width={72}
        />
        <Tooltip formatter={(value) => `${formatTiv(Number(value))} TIV (millions)`} labelFormatter={(year) => `Year ${year}`} />
        <Legend itemSorter={null} />
        {data.series.map((series) => (
          <Area
            key={series.id}
            type="linear"
            dataKey={series.id}
            name={series.name}
            stackId="tiv"
            stroke={countryColor(series.id)}
            fill={series.id === 'other' ? `url(#${otherPattern})` : countryColor(series.id)}
            fillOpacity={0.75}
            isAnimationActive={false}
          />
        ))}
    </AreaChart>
  );
}
