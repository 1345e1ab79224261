import type { Allocation } from '../../api/contract.ts';
import { timingNote } from '../../domain/allocation-notes.ts';
import type { CsvCell } from '../../domain/csv.ts';
import { pairKeys, type PairChartData } from './pair-chart-data.ts';
import type { PairMeasure } from './pairs-view.ts';

interface PairsCsvOptions {
  window: 1 | 5;
  /** With units drawn, the units come first and the TIV beside them. */
  measure: PairMeasure;
  /** The orders' columns, when the view shows orders: the CSV is exactly the view. */
  orders: boolean;
  /** Which weapons the values count ("Weapons matching “mi-35”", "All major arms"), on every row as the source is. */
  counted: string;
  /** Citation with the release. */
  source: string;
  /** /meta's allocation: each row says how its year's deliveries were allocated. */
  allocation: Allocation;
}

/** One row per pair and year, deliveries and orders as columns, the unit in the column names, how the year's deliveries were allocated. */
export function pairsCsv(data: PairChartData, { window, measure, orders, counted, source, allocation }: PairsCsvOptions): { header: string[]; rows: CsvCell[][] } {
  const sum = window === 5 ? ', 5-year sum' : '';
  const measures: Array<{ measure: PairMeasure; unit: string }> = [
    ...(measure === 'units' ? [{ measure: 'units' as const, unit: `units (number of weapons)${sum}` }] : []),
    { measure: 'tiv', unit: `SIPRI TIV (millions)${sum}` },
  ];
  const header = [
    'Supplier id',
    'Supplier',
    'Recipient id',
    'Recipient',
    window === 5 ? 'Year (sum of this and the 4 previous years)' : 'Year',
    ...measures.flatMap(({ unit }) => [`Delivered: ${unit}`, ...(orders ? [`Ordered (by year of order): ${unit}`] : [])]),
    'Yearly allocation of deliveries',
    'Weapons counted',
    'Source',
  ];
  const rows = data.series.flatMap((series) =>
    data.points.map((point) => [
      series.supplier,
      series.supplierName,
      series.recipient,
      series.recipientName,
      point.year,
      ...measures.flatMap(({ measure }) => {
        const keys = pairKeys(series.key, measure);
        return [point[keys.delivered] ?? 0, ...(orders ? [point[keys.ordered] ?? 0] : [])];
      }),
      timingNote(allocation, point.year - window + 1, point.year),
      counted,
      source,
    ]),
  );
  return { header, rows };
}
