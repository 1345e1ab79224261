import { formatTiv } from '../../domain/format.ts';
import type { PairChartData } from './pair-chart-data.ts';

interface Props {
  data: PairChartData;
  /** The orders' columns, when the view shows orders. */
  orders: boolean;
  caption: string;
  onSelect: (pairKey: string, year: number) => void;
}

/** The chart's numbers: per year, each pair's TIV delivered (and ordered, when shown). A delivered value opens its deals. */
export function PairsTable({ data, orders, caption, onSelect }: Props) {
  return (
    <div className="table-scroll figures">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {data.series.flatMap((s) => [
              <th scope="col" key={s.key}>
                {s.label}: delivered
              </th>,
              orders && (
                <th scope="col" key={`${s.key}:ordered`}>
                  {s.label}: ordered
                </th>
              ),
            ])}
          </tr>
        </thead>
        <tbody>
          {data.points.map((point) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              {data.series.flatMap((s) => {
                const delivered = point[s.key] ?? 0;
                return [
                  <td key={s.key}>
                    {delivered > 0 ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onSelect(s.key, point.year)}
                        aria-label={`${s.label}, ${point.year}: ${formatTiv(delivered)} delivered. Show the deals`}
                      >
                        {formatTiv(delivered)}
                      </button>
                    ) : (
                      formatTiv(delivered)
                    )}
                  </td>,
                  orders && <td key={`${s.key}:ordered`}>{formatTiv(point[`${s.key}:ordered`] ?? 0)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
