import { sharesFilters, useShares } from '../../api/get-shares.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { SeriesTable } from '../../components/series-table.tsx';
import { SeriesKey, TimeSeriesChart } from '../../components/time-series-chart.tsx';
import { focusSeries } from '../../domain/focus-series.ts';
import { formatShare, formatTiv, formatYears } from '../../domain/format.ts';

const INDIA_IMPORTS = sharesFilters({ recipient: 'IND' });
const DRAWN_OUT = ['RUS', 'USA'];

/** The overview's chart: India's imports, Russia (with the Soviet Union) and the United States against the rest. */
export function IndiaImports({ release }: { release: string | undefined }) {
  const query = useShares(INDIA_IMPORTS);
  return (
    <QueryStatus query={query} label="India's imports">
      {(shares) => {
        const data = focusSeries(shares, DRAWN_OUT);
        const years = formatYears(shares.from, shares.to);
        return (
          <figure className="chart-figure">
            <h2>India’s arms imports by supplier, {years}</h2>
            <TimeSeriesChart
              data={data}
              unitLabel="SIPRI TIV (millions)"
              title={`India’s arms imports by supplier, ${years}: stacked areas of SIPRI TIV (millions) per year`}
            />
            <SeriesKey series={data.series} />
            <figcaption>
              Major arms delivered to India each year, in SIPRI trend-indicator values (TIV, millions): a measure of
              military capability transferred, not of money paid. Russia includes the Soviet Union before 1992.{' '}
              {years}:{' '}
              {data.series.map((s) => `${s.name} ${formatShare(s.share)}`).join(', ')}; total {formatTiv(shares.total)} TIV
              (millions). Source: SIPRI Arms Transfers Database{release ? `, ${release} release` : ''}.
            </figcaption>
            <details>
              <summary>Show the numbers as a table</summary>
              <SeriesTable data={data} caption={`India’s arms imports by supplier, ${years}, SIPRI TIV (millions)`} />
            </details>
          </figure>
        );
      }}
    </QueryStatus>
  );
}
