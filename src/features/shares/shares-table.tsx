import { useState } from 'react';
import type { StackedChartData } from '../../domain/focus-series.ts';
import { formatShare, formatTiv, formatYears } from '../../domain/format.ts';

interface Props {
  tiv: StackedChartData;
  totals: ReadonlyMap<number, number>;
  /** The period's years and total over all rows: the last row gives each series' TIV and share over the period. */
  period: { from: number; to: number; total: number };
  caption: string;
  onSelect: (seriesId: string, year: number) => void;
}

type SortKey = 'year' | 'total' | string;

/**
 * The chart's numbers as a table, sortable by any column: year, each series' TIV (with its share of the
 * year's total) and the total; under them, the whole period's, as the summary and the ranked bars give them. A
 * value opens the deals behind it, as a click on the chart does.
 */
export function SharesTable({ tiv, totals, period, caption, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'year', descending: false });
  const value = (point: StackedChartData['points'][number], key: SortKey) =>
    key === 'year' ? point.year : key === 'total' ? (totals.get(point.year) ?? 0) : (point[key] ?? 0);
  const rows = [...tiv.points].sort((a, b) => (value(a, sort.key) - value(b, sort.key)) * (sort.descending ? -1 : 1) || a.year - b.year);

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'year' })}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll figures">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('year', 'Year')}
            {tiv.series.map((s) => header(s.id, `${s.name}`))}
            {header('total', 'Total')}
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => {
            const total = totals.get(point.year) ?? 0;
            return (
              <tr key={point.year}>
                <th scope="row">{point.year}</th>
                {tiv.series.map((s) => {
                  const tivValue = point[s.id] ?? 0;
                  const text = `${formatTiv(tivValue)} (${total > 0 ? formatShare(tivValue / total) : '–'})`;
                  return (
                    <td key={s.id}>
                      {tivValue > 0 ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onSelect(s.id, point.year)}
                          aria-label={`${s.name}, ${point.year}: ${text}. Show the deals`}
                        >
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
                <td>{formatTiv(total)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{formatYears(period.from, period.to)} total</th>
            {tiv.series.map((s) => (
              <td key={s.id}>
                {formatTiv(s.tiv)} ({period.total > 0 ? formatShare(s.share) : '–'})
              </td>
            ))}
            <td>{formatTiv(period.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
