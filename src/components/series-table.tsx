import type { StackedChartData } from '../domain/focus-series.ts';
import { formatTiv } from '../domain/format.ts';

interface Props {
  data: StackedChartData;
  caption: string;
}

/** The chart's numbers as a table: its text alternative. */
export function SeriesTable({ data, caption }: Props) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {data.series.map((s) => (
            <th scope="col" key={s.id}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.points.map((point) => (
          <tr key={point.year}>
            <th scope="row">{point.year}</th>
            {data.series.map((s) => (
              <td key={s.id}>{formatTiv(point[s.id] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
