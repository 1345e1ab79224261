import Papa from 'papaparse';

/** A problem in a raw input file; the message names the file, the physical line and the reason. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}: ${reason}`);
  }
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Values by column name (blank flag columns renamed, see `renameFlagHeaders`). */
  values: Record<string, string>;
}

export interface SipriCsv {
  /** The notes above the header, one string per line. */
  preamble: string[];
  records: CsvRecord[];
}

export interface SipriCsvOptions {
  file: string;
  /** SIPRI exports put 11 lines of notes above the header. */
  headerLine: number;
  /** The header as it should read after renaming, in order; anything else is an error. */
  columns: readonly string[];
  /** The per-year export ends every line with a stray `;`. */
  stripTrailingSemicolon?: boolean;
}

/** SIPRI marks an uncertain value with `?` in a column headed `" "` right after it: name it after that column. */
export function renameFlagHeaders(headers: readonly string[]): string[] {
  return headers.map((header, i) => (header.trim() === '' && i > 0 ? `${headers[i - 1]} ?` : header));
}

/** The fields of one line of CSV. */
export function parseLine(text: string): string[] {
  return Papa.parse<string[]>(text, { delimiter: ',', header: false }).data[0] ?? [''];
}

/**
 * Splits decoded text into records of exactly `columns.length` fields, keeping the physical line
 * number of each. A quoted field may span lines; a record broken by an unquoted line break inside
 * its comment (SIPRI exports have a few) is rejoined when the two pieces together make a full row.
 */
export function parseSipriCsv(text: string, options: SipriCsvOptions): SipriCsv {
  const { file, headerLine, columns } = options;
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const clean = options.stripTrailingSemicolon ? (l: string) => l.replace(/;$/, '') : (l: string) => l;

  const preamble = lines.slice(0, headerLine - 1).map(clean);
  const headerText = lines[headerLine - 1];
  if (headerText === undefined) throw new InputError(file, headerLine, 'missing header line');
  const header = renameFlagHeaders(parseLine(clean(headerText)));
  if (header.length !== columns.length || header.some((h, i) => h !== columns[i])) {
    throw new InputError(file, headerLine, `unexpected header: ${header.join(',')}`);
  }

  // Group physical lines into logical rows: a row continues while it has an open quote.
  const rows: { line: number; fields: string[] }[] = [];
  for (let i = headerLine; i < lines.length; i++) {
    const start = i;
    let chunk = clean(lines[i]!);
    while ((chunk.match(/"/g)?.length ?? 0) % 2 === 1 && i + 1 < lines.length) chunk += `\n${clean(lines[++i]!)}`;
    if (chunk.trim() === '') continue;
    rows.push({ line: start + 1, fields: parseLine(chunk) });
  }

  const records: CsvRecord[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let fields = row.fields;
    const next = rows[r + 1];
    if (fields.length < columns.length && next && fields.length + next.fields.length - 1 === columns.length) {
      const [head, ...tail] = next.fields;
      fields = [...fields.slice(0, -1), `${fields.at(-1)} ${head}`.trim(), ...tail];
      r++;
    }
    if (fields.length !== columns.length) {
      throw new InputError(file, row.line, `expected ${columns.length} fields, found ${fields.length}`);
    }
    records.push({ line: row.line, values: Object.fromEntries(columns.map((c, i) => [c, fields[i]!])) });
  }
  return { preamble, records };
}

/** Reads SIPRI's cells for one record, turning bad values into errors with file and line. */
export class CellReader {
  constructor(
    private readonly file: string,
    private readonly record: CsvRecord,
  ) {}

  fail(reason: string): never {
    throw new InputError(this.file, this.record.line, reason);
  }

  text(column: string): string {
    const value = this.record.values[column];
    return value === undefined ? this.fail(`missing column ${column}`) : value.trim();
  }

  /** A non-negative whole number; an empty cell is null (SIPRI: not known yet), not 0. */
  integerOrNull(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    return /^\d+$/.test(value) ? Number(value) : this.fail(`${column}: not a whole number: "${value}"`);
  }

  integer(column: string): number {
    return this.integerOrNull(column) ?? this.fail(`${column}: empty`);
  }

  /** A non-negative decimal as SIPRI writes it; an empty cell is null. */
  decimalOrNull(column: string): number | null {
    const value = this.text(column);
    if (value === '') return null;
    return /^\d+(\.\d+)?$/.test(value) ? Number(value) : this.fail(`${column}: not a number: "${value}"`);
  }

  year(column: string): number {
    const value = this.integer(column);
    return value >= 1900 && value <= 2100 ? value : this.fail(`${column}: not a year: ${value}`);
  }

  /** Picks a cell value from a closed list. */
  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.text(column);
    return (allowed as readonly string[]).includes(value) ? (value as T) : this.fail(`${column}: unknown value "${value}"`);
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Data generated: 18 May 2026 2:29:20 PM` in the notes → `2026-05-18T14:29:20`. */
export function parseGenerated(preamble: readonly string[], file: string): string {
  const index = preamble.findIndex((l) => l.startsWith('Data generated:'));
  const match = preamble[index]?.match(/^Data generated: (\d{1,2}) (\w{3}) (\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)\s*$/);
  if (!match) throw new InputError(file, index >= 0 ? index + 1 : 1, 'no readable "Data generated:" line in the notes');
  const [, day, month, year, hour, minute, second, half] = match;
  const monthIndex = MONTHS.indexOf(month!);
  if (monthIndex < 0) throw new InputError(file, index + 1, `unknown month "${month}"`);
  const hour24 = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${year}-${pad(monthIndex + 1)}-${pad(day!)}T${pad(hour24)}:${minute}:${second}`;
}
