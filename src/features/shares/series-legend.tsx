import { SeriesSwatch } from '../../components/time-series-chart.tsx';
import type { StackedSeries } from '../../domain/focus-series.ts';
import { formatShare } from '../../domain/format.ts';

interface Props {
  series: readonly StackedSeries[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
}

/** The chart's legend as buttons: each shows or hides its series, and says its share of the period. */
export function SeriesLegend({ series, hidden, onToggle }: Props) {
  return (
    <ul className="series-legend" aria-label="Series (press to show or hide)">
      {series.map((s) => {
        const shown = !hidden.includes(s.id);
        return (
          <li key={s.id}>
            <button type="button" aria-pressed={shown} onClick={() => onToggle(s.id)} className={shown ? undefined : 'is-off'}>
              <SeriesSwatch series={s} />
              {s.name} <span className="series-legend__share">{formatShare(s.share)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
