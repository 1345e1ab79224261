import type { YearValues } from '../../api/contract.ts';
import { concentrationByPeriod, isPartialPeriod, leaderChanges, periodLabel } from '../../domain/concentration.ts';
import { formatCount, formatShare, formatYears } from '../../domain/format.ts';

interface Props {
  years: readonly YearValues[];
  nameOf: (id: string) => string;
  /** "supplier" or "recipient": what the rows are. */
  rowNoun: string;
  /** The weapon lens's label ("Aircraft only"), or null when every weapon counts. */
  counted?: string | null;
}

const ORDINAL = { 1: 'top', 2: 'second' } as const;

/** Concentration per SIPRI five-year period and the periods where the leaders changed, from yearly TIV. */
export function ConcentrationPanel({ years, nameOf, rowNoun, counted = null }: Props) {
  const periods = concentrationByPeriod(years);
  if (!periods.length) return null;
  const changes = leaderChanges(periods);
  return (
    <section className="concentration" aria-labelledby="concentration-title">
      <h2 id="concentration-title">Concentration by five-year period{counted ? `: ${counted}` : ''}</h2>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Top {rowNoun} and Herfindahl-Hirschman index per period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Top {rowNoun}</th>
              <th scope="col">Its share</th>
              <th scope="col">
                <abbr title="Herfindahl-Hirschman index: sum of squared percentage shares, 0–10,000; above 2,500 is highly concentrated">
                  HHI
                </abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.from}>
                <th scope="row">{periodLabel(p)}</th>
                <td>{nameOf(p.ranking[0]!.id)}</td>
                <td>{formatShare(p.ranking[0]!.share)}</td>
                <td>{formatCount(Math.round(p.hhi))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {periods.some(isPartialPeriod) && (
        <p className="muted">
          SIPRI’s five-year periods run 1946–1950, 1951–1955 and so on. A partial period is cut short by the years
          chosen or by where the data begin or end: its shares are those of its own years only.
        </p>
      )}
      {changes.length > 0 ? (
        <ul className="leader-changes">
          {changes.map((c) => (
            <li key={`${c.from}-${c.position}`}>
              {formatYears(c.from, c.to)}: {nameOf(c.newId)} replaced {nameOf(c.previousId)} as {ORDINAL[c.position]} {rowNoun}.
            </li>
          ))}
        </ul>
      ) : (
        <p>The top two {rowNoun}s did not change places between periods.</p>
      )}
    </section>
  );
}
