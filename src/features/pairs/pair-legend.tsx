import { formatCount, formatTiv } from '../../domain/format.ts';
import { swatchStyle } from '../../domain/scheme-colors.ts';
import type { PairChartData } from './pair-chart-data.ts';
import { PAIR_COLORS } from './pairs-chart.tsx';

/** The pairs, each with its colour and its totals over the years shown: in the explorer and in an embed. */
export function PairLegend({ data, units, orders }: { data: PairChartData; units: boolean; orders: boolean }) {
  return (
    <ul className="series-legend pair-legend" aria-label="Pairs">
      {data.series.map((s, i) => (
        <li key={s.key}>
          <span aria-hidden="true" className="swatch" style={swatchStyle(PAIR_COLORS[i]!)} /> {s.label}:{' '}
          {units
            ? `${formatCount(s.units)} delivered${orders ? `, ${formatCount(s.unitsOrdered)} ordered` : ''} (units); ${formatTiv(s.total)} TIV (millions) delivered`
            : `${formatTiv(s.total)} delivered${orders ? `, ${formatTiv(s.totalOrdered)} ordered` : ''} (TIV millions)`}
        </li>
      ))}
    </ul>
  );
}
