import { InputError, parseLine } from './sipri-csv.ts';

/**
 * One file of SIPRI's older "trade map" export (`TIV-Export-<CODE>-1950-2021.csv`): the TIV one supplier
 * delivered to each recipient in each year. SOURCE.md §3.5.
 */
export interface PairTable {
  file: string;
  /** SIPRI's own code in the file name (`USR` = Soviet Union, `FRG` = Germany), not ISO. */
  code: string;
  /** The supplier as line 1 names it, in the spelling of that release (`Turkey`). */
  supplier: string;
  /** Date of the `Generated:` note, `2022-07-28`. */
  generated: string;
  firstYear: number;
  lastYear: number;
  rows: PairTableRow[];
}

export interface PairTableRow {
  /** Physical line, for error messages. */
  line: number;
  recipient: string;
  /** TIV (millions) by year; years without deliveries are absent. */
  tiv: Map<number, number>;
}

/**
 * SIPRI writes `0` for a delivery of less than 0.5 million TIV (an empty cell means none): read as the middle of
 * that range, so the year keeps a share of a deal's TIV without weighing like a whole million.
 */
export const BELOW_HALF = 0.25;

const FILE_NAME = /^TIV-Export-([A-Z]{2,3})-(\d{4})-(\d{4})\.csv$/;
const TITLE = /^TIV of arms exports from (.+), (\d{4})-(\d{4})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEADER_LINE = 11;

/** Which files of a folder are pair tables: SIPRI's naming, sorted so that the build reads them in one order. */
export function pairTableFiles(names: readonly string[]): string[] {
  return names.filter((name) => FILE_NAME.test(name)).sort();
}

/**
 * Reads one supplier's table: 10 lines of notes (the supplier named in line 1, `Generated: 28 July 2022`), the
 * header `,1950,…,2021,Total` on line 11, a row per recipient and a last `Total` row. Every line is padded with
 * trailing commas. Cells are whole millions, empty for none, `0` (sometimes `0 `) for less than 0.5.
 */
export function readPairTable(text: string, file: string): PairTable {
  const name = FILE_NAME.exec(file);
  if (!name) throw new InputError(file, 1, 'file name is not TIV-Export-<CODE>-<first year>-<last year>.csv');
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  // Trailing padding commas dropped; a cell inside the table may still be empty.
  const fieldsAt = (line: number) => {
    const fields = parseLine(lines[line - 1] ?? '');
    while (fields.length > 0 && fields.at(-1)!.trim() === '') fields.pop();
    return fields;
  };

  const title = TITLE.exec(fieldsAt(1)[0] ?? '');
  if (!title) throw new InputError(file, 1, 'expected "TIV of arms exports from <supplier>, <years>"');
  const [, supplier, first, last] = title;
  const firstYear = Number(first);
  const lastYear = Number(last);
  if (first !== name[2] || last !== name[3]) throw new InputError(file, 1, `years ${first}-${last} differ from the file name's`);

  const generatedAt = lines.slice(0, HEADER_LINE - 1).findIndex((l) => l.startsWith('Generated:'));
  const date = /^Generated: (\d{1,2}) (\w+) (\d{4})$/.exec(fieldsAt(generatedAt + 1)[0] ?? '');
  const month = MONTHS.indexOf(date?.[2] ?? '');
  if (!date || month < 0) throw new InputError(file, generatedAt >= 0 ? generatedAt + 1 : 1, 'no readable "Generated:" line in the notes');
  const generated = `${date[3]}-${String(month + 1).padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;

  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const header = fieldsAt(HEADER_LINE);
  if (header.join() !== ['', ...years, 'Total'].join()) throw new InputError(file, HEADER_LINE, `unexpected header: ${header.join(',')}`);

  const rows: PairTableRow[] = [];
  let total = false;
  for (let line = HEADER_LINE + 1; line <= lines.length; line++) {
    const fields = fieldsAt(line);
    if (fields.length === 0) continue;
    if (total) throw new InputError(file, line, 'a row after the Total row');
    if (fields.length > header.length) throw new InputError(file, line, `expected ${header.length} fields, found ${fields.length}`);
    const recipient = fields[0]!.trim();
    if (recipient === '') throw new InputError(file, line, 'a row without a recipient');
    const tiv = new Map<number, number>();
    years.forEach((year, i) => {
      const cell = (fields[i + 1] ?? '').trim();
      if (cell === '') return;
      if (!/^\d+$/.test(cell)) throw new InputError(file, line, `${year}: not a whole number: "${cell}"`);
      tiv.set(year, Number(cell) === 0 ? BELOW_HALF : Number(cell));
    });
    if (recipient === 'Total') total = true;
    else rows.push({ line, recipient, tiv });
  }
  if (!total) throw new InputError(file, lines.length, 'no Total row: the file looks cut short');
  return { file, code: name[1]!, supplier: supplier!, generated, firstYear, lastYear, rows };
}
