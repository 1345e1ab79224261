import type { Deal } from '../../api/contract.ts';
import type { CsvCell } from '../../domain/csv.ts';

const TIV = 'SIPRI TIV (millions)';

/** Every column of a deal, SIPRI's `?` flags as their own columns, ids beside names, the source on every row. */
export const DEALS_CSV_HEADER = [
  'Deal id',
  'Supplier id',
  'Supplier',
  'Recipient id',
  'Recipient',
  'Year of order',
  'Year of order is an estimate',
  'Number ordered',
  'Number ordered is an estimate',
  'Weapon designation',
  'Weapon description',
  'Armament category',
  'Number delivered',
  'Number delivered is an estimate',
  'Years of delivery',
  'Status',
  'Comments',
  `TIV per unit: ${TIV}`,
  `TIV of the order: ${TIV}`,
  `TIV delivered: ${TIV}`,
  'Source',
];

export function dealCsvRow(deal: Deal, source: string): CsvCell[] {
  return [
    deal.id,
    deal.supplier,
    deal.supplierName,
    deal.recipient,
    deal.recipientName,
    deal.orderYear,
    deal.orderYearEstimated,
    deal.numberOrdered,
    deal.numberOrderedEstimated,
    deal.designation,
    deal.description,
    deal.category,
    deal.numberDelivered,
    deal.numberDeliveredEstimated,
    deal.deliveryYears.join('; '),
    deal.status,
    deal.comments,
    deal.tivPerUnit,
    deal.tivOrder,
    deal.tivDelivered,
    source,
  ];
}
