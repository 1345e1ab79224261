import type { Allocation } from '../../api/contract.ts';
import { timingNote } from '../../domain/allocation-notes.ts';
import type { CsvCell } from '../../domain/csv.ts';
import type { PairChartData } from './pair-chart-data.ts';

/** One row per pair and year, deliveries and orders as columns, the unit in the column names, how the year's deliveries were allocated. */
export function pairsCsv(data: PairChartData, window: 1 | 5, source: string, allocation: Allocation): { header: string[]; rows: CsvCell[][] } {
  const unit = window === 5 ? 'SIPRI TIV (millions), 5-year sum' : 'SIPRI TIV (millions)';
  const header = [
    'Supplier id',
    'Supplier',
    'Recipient id',
    'Recipient',
    window === 5 ? 'Year (sum of this and the 4 previous years)' : 'Year',
    `Delivered: ${unit}`,
    `Ordered (by year of order): ${unit}`,
    'Yearly allocation of deliveries',
    'Source',
  ];
  const rows = data.series.flatMap((series) =>
    data.points.map((point) => [
      series.supplier,
      series.supplierName,
      series.recipient,
      series.recipientName,
      point.year,
      point[series.key] ?? 0,
      point[`${series.key}:ordered`] ?? 0,
      timingNote(allocation, point.year - window + 1, point.year),
      source,
    ]),
  );
  return { header, rows };
}
