import { CATEGORIES, STATUSES, type Category } from '../../core/dataset/schema.ts';
import { CellReader, InputError, parseSipriCsv } from './sipri-csv.ts';

/** One row of SIPRI's per-year deliveries export: the units of one deal delivered in one year. */
export interface DeliveryRow {
  line: number;
  /** `SIPRI AT Database ID`: groups the rows of one deal. */
  dealId: string;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  category: Category;
  orderYear: number;
  year: number;
  units: number;
}

export const DELIVERIES_COLUMNS = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Designation',
  'Description',
  'Armament category',
  'Order date',
  'Order date is estimate',
  'Numbers delivered',
  'Numbers delivered is estimate',
  'Delivery year',
  'Delivery year is estimate',
  'Status',
  'SIPRI estimate',
  'TIV deal unit',
  'TIV delivery values',
  'Local production',
] as const;

/** The per-year export is plain ASCII; decode strictly so a change of encoding is noticed. */
export function decodeDeliveries(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 1, 'not valid UTF-8');
  }
}

export function readDeliveries(text: string, file: string): DeliveryRow[] {
  const csv = parseSipriCsv(text, { file, headerLine: 12, columns: DELIVERIES_COLUMNS, stripTrailingSemicolon: true });
  const seen = new Set<string>();
  return csv.records.map((record): DeliveryRow => {
    const cell = new CellReader(file, record);
    const dealId = cell.text('SIPRI AT Database ID');
    if (!/^\d+$/.test(dealId)) cell.fail(`SIPRI AT Database ID: not a number: "${dealId}"`);
    const year = cell.year('Delivery year');
    if (seen.has(`${dealId}/${year}`)) cell.fail(`deal ${dealId} has a second row for ${year}`);
    seen.add(`${dealId}/${year}`);
    cell.oneOf('Status', STATUSES);
    return {
      line: record.line,
      dealId,
      supplier: cell.text('Supplier'),
      recipient: cell.text('Recipient'),
      designation: cell.text('Designation'),
      description: cell.text('Description'),
      category: cell.oneOf('Armament category', CATEGORIES),
      orderYear: cell.year('Order date'),
      year,
      units: cell.integer('Numbers delivered'),
    };
  });
}
