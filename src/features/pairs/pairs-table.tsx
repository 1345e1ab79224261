import { formatCount, formatTiv } from '../../domain/format.ts';
import { pairKeys, type PairChartData } from './pair-chart-data.ts';
import type { PairMeasure } from './pairs-view.ts';

interface Props {
  data: PairChartData;
  /** With units drawn, each pair's units come first and its TIV beside them. */
  measure: PairMeasure;
  /** The orders' columns, when the view shows orders. */
  orders: boolean;
  caption: string;
  onSelect: (pairKey: string, year: number) => void;
}

const FORMAT: Record<PairMeasure, (value: number) => string> = { tiv: formatTiv, units: formatCount };

/** The chart's numbers: per year, each pair's delivered values (and ordered, when shown). A delivered value opens its deals. */
export function PairsTable({ data, measure, orders, caption, onSelect }: Props) {
  const measures: PairMeasure[] = measure === 'units' ? ['units', 'tiv'] : ['tiv'];
  // With TIV alone, the caption names the unit; with both, each column does.
  const shown = (m: PairMeasure) => (measure === 'units' ? (m === 'units' ? ' (units)' : ' (TIV)') : '');
  return (
    <div className="table-scroll figures">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {data.series.flatMap((s) =>
              measures.flatMap((m) => [
                <th scope="col" key={`${s.key}:${m}`}>
                  {s.label}: delivered{shown(m)}
                </th>,
                orders && (
                  <th scope="col" key={`${s.key}:${m}:ordered`}>
                    {s.label}: ordered{shown(m)}
                  </th>
                ),
              ]),
            )}
          </tr>
        </thead>
        <tbody>
          {data.points.map((point) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              {data.series.flatMap((s) =>
                measures.flatMap((m) => {
                  const keys = pairKeys(s.key, m);
                  const format = FORMAT[m];
                  const delivered = point[keys.delivered] ?? 0;
                  return [
                    <td key={keys.delivered}>
                      {delivered > 0 && m === measure ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onSelect(s.key, point.year)}
                          aria-label={`${s.label}, ${point.year}: ${format(delivered)}${shown(m)} delivered. Show the deals`}
                        >
                          {format(delivered)}
                        </button>
                      ) : (
                        format(delivered)
                      )}
                    </td>,
                    orders && <td key={keys.ordered}>{format(point[keys.ordered] ?? 0)}</td>,
                  ];
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
