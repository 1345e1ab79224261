import { STATUSES, type Status } from '../../core/dataset/schema.ts';
import { CellReader, parseGenerated, parseSipriCsv } from './sipri-csv.ts';

/** One deal of SIPRI's Trade Register export, as SIPRI wrote it. */
export interface RegisterDeal {
  /** Physical line in the file, for error messages. */
  line: number;
  recipient: string;
  supplier: string;
  orderYear: number;
  orderYearEstimated: boolean;
  numberOrdered: number | null;
  numberOrderedEstimated: boolean;
  designation: string;
  description: string;
  numberDelivered: number | null;
  numberDeliveredEstimated: boolean;
  /** Ascending; empty when nothing has been delivered yet. */
  deliveryYears: number[];
  status: Status;
  comments: string;
  tivPerUnit: number | null;
  tivOrder: number | null;
  tivDelivered: number | null;
}

export interface Register {
  /** ISO date-time of the export's "Data generated" line. */
  generated: string;
  deals: RegisterDeal[];
}

export const REGISTER_COLUMNS = [
  'Recipient',
  'Supplier',
  'Year of order',
  'Year of order ?',
  'Number ordered',
  'Number ordered ?',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  'Number delivered ?',
  'Year(s) of delivery',
  'status',
  'Comments',
  'SIPRI TIV per unit',
  'SIPRI TIV for total order',
  'SIPRI TIV of delivered weapons',
] as const;

/** The Trade Register is Windows-1252 (weapon names such as `Alizé`), not UTF-8. */
export function decodeRegister(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

export function readRegister(text: string, file: string): Register {
  const csv = parseSipriCsv(text, { file, headerLine: 12, columns: REGISTER_COLUMNS });
  const deals = csv.records.map((record): RegisterDeal => {
    const cell = new CellReader(file, record);
    const flag = (column: string) => {
      const value = cell.text(column);
      return value === '?' ? true : value === '' ? false : cell.fail(`${column}: expected "?" or empty, found "${value}"`);
    };
    const yearsText = cell.text('Year(s) of delivery');
    if (yearsText !== '' && !/^\d{4}(; \d{4})*$/.test(yearsText)) cell.fail(`Year(s) of delivery: not a list of years: "${yearsText}"`);
    const deliveryYears = yearsText === '' ? [] : yearsText.split('; ').map(Number);
    if (deliveryYears.some((y, i) => y < 1900 || y > 2100 || (i > 0 && y <= deliveryYears[i - 1]!))) {
      cell.fail(`Year(s) of delivery: not ascending years: "${yearsText}"`);
    }
    const recipient = cell.text('Recipient');
    const supplier = cell.text('Supplier');
    const designation = cell.text('Weapon designation');
    const description = cell.text('Weapon description');
    if (!recipient || !supplier || !designation || !description) cell.fail('empty recipient, supplier, designation or description');
    return {
      line: record.line,
      recipient,
      supplier,
      orderYear: cell.year('Year of order'),
      orderYearEstimated: flag('Year of order ?'),
      numberOrdered: cell.integerOrNull('Number ordered'),
      numberOrderedEstimated: flag('Number ordered ?'),
      designation,
      description,
      numberDelivered: cell.integerOrNull('Number delivered'),
      numberDeliveredEstimated: flag('Number delivered ?'),
      deliveryYears,
      status: cell.oneOf('status', STATUSES),
      comments: cell.text('Comments'),
      tivPerUnit: cell.decimalOrNull('SIPRI TIV per unit'),
      tivOrder: cell.decimalOrNull('SIPRI TIV for total order'),
      tivDelivered: cell.decimalOrNull('SIPRI TIV of delivered weapons'),
    };
  });
  return { generated: parseGenerated(csv.preamble, file), deals };
}
