import type { Allocation } from '../../api/contract.ts';
import { timingNote } from '../../domain/allocation-notes.ts';
import type { CsvCell } from '../../domain/csv.ts';
import type { StackedChartData } from '../../domain/focus-series.ts';

export interface SharesCsvInput {
  tiv: StackedChartData;
  totals: ReadonlyMap<number, number>;
  hidden: readonly string[];
  window: 1 | 5;
  /** "suppliers" or "recipients": what the total is over. */
  rowNoun: string;
  /** Which weapons the values count ("Aircraft only", "All major arms"), on every row as the source is. */
  counted: string;
  /** Citation with the release, repeated on every row so that each row carries its source. */
  source: string;
  /** /meta's allocation: each row says how its years' values were made. */
  allocation: Allocation;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Exactly the view as a table: the years and series shown, their TIV and share, the unit in every column name, the
 * weapons counted, how each row's yearly values were made from SIPRI's deal totals, and the source on every row.
 * Series hidden in the view are summed into one column that names them, so that the shares still add up to the total.
 */
export function sharesCsv({ tiv, totals, hidden, window, rowNoun, counted, source, allocation }: SharesCsvInput): { header: string[]; rows: CsvCell[][] } {
  const shown = tiv.series.filter((s) => !hidden.includes(s.id));
  const off = tiv.series.filter((s) => hidden.includes(s.id));
  const columns = [
    ...shown.map((s) => ({ name: s.name, ids: [s.id] })),
    ...(off.length ? [{ name: `Hidden in the view (${off.map((s) => s.name).join(', ')})`, ids: off.map((s) => s.id) }] : []),
  ];
  const unit = window === 5 ? 'SIPRI TIV (millions), 5-year sum' : 'SIPRI TIV (millions)';
  const header = [
    window === 5 ? 'Year (sum of this and the 4 previous years)' : 'Year',
    ...columns.flatMap(({ name }) => [`${name}: ${unit}`, `${name}: share of total (%)`]),
    `Total, all ${rowNoun}: ${unit}`,
    'Yearly allocation',
    'Weapons counted',
    'Source',
  ];
  const rows = tiv.points.map((point) => {
    const total = totals.get(point.year) ?? 0;
    return [
      point.year,
      ...columns.flatMap(({ ids }) => {
        const value = ids.reduce((sum, id) => sum + (point[id] ?? 0), 0);
        return [round(value, 3), total > 0 ? round((100 * value) / total, 2) : null];
      }),
      round(total, 3),
      timingNote(allocation, point.year - window + 1, point.year),
      counted,
      source,
    ];
  });
  return { header, rows };
}

export interface RankingCsvInput {
  tiv: StackedChartData;
  /** How many rows "Other" sums. */
  otherCount: number;
  total: number;
  from: number;
  to: number;
  /** "supplier" or "recipient": what the rows are. */
  rowNoun: string;
  /** Which weapons the values count, on every row as the source is. */
  counted: string;
  source: string;
}

/** The ranked bars as a table: each row drawn out with its rank, TIV over the period and share, then the rest and the total. */
export function rankingCsv({ tiv, otherCount, total, from, to, rowNoun, counted, source }: RankingCsvInput): { header: string[]; rows: CsvCell[][] } {
  const years = from === to ? String(from) : `${from}–${to}`;
  const unit = `TIV ${years}: SIPRI TIV (millions)`;
  const header = ['Rank', `${capitalised(rowNoun)} id`, capitalised(rowNoun), unit, `Share of the ${years} total (%)`, 'Weapons counted', 'Source'];
  const share = (value: number) => (total > 0 ? round((100 * value) / total, 2) : null);
  const ranked = tiv.series.filter((s) => s.id !== 'other');
  const other = tiv.series.find((s) => s.id === 'other');
  const rows: CsvCell[][] = [
    ...ranked.map((s, i) => [i + 1, s.id, s.name, round(s.tiv, 3), share(s.tiv), counted, source]),
    ...(other ? [[null, null, `The other ${otherCount} ${rowNoun}s`, round(other.tiv, 3), share(other.tiv), counted, source]] : []),
    [null, null, `Total, all ${rowNoun}s`, round(total, 3), total > 0 ? 100 : null, counted, source],
  ];
  return { header, rows };
}

function capitalised(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
