import type { CsvCell } from '../../domain/csv.ts';
import type { PairChartData } from './pair-chart-data.ts';

/**
 * One row per pair and year, deliveries and orders as columns, the unit in the column names: exactly the view, so
 * orders only when they are shown.
 */
export function pairsCsv(data: PairChartData, window: 1 | 5, orders: boolean, source: string): { header: string[]; rows: CsvCell[][] } {
  const unit = window === 5 ? 'SIPRI TIV (millions), 5-year sum' : 'SIPRI TIV (millions)';
  const header = [
    'Supplier id',
    'Supplier',
    'Recipient id',
    'Recipient',
    window === 5 ? 'Year (sum of this and the 4 previous years)' : 'Year',
    `Delivered: ${unit}`,
    ...(orders ? [`Ordered (by year of order): ${unit}`] : []),
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
      ...(orders ? [point[`${series.key}:ordered`] ?? 0] : []),
      source,
    ]),
  );
  return { header, rows };
}
