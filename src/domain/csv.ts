export type CsvCell = string | number | boolean | null;

export const CSV_MIME = 'text/csv;charset=utf-8';

// Hand-written rather than Papa.unparse: Papa's escapeFormulae misses formulas containing a line
// break and always quotes guarded cells, and we would still need number cleanup and the final CRLF.
const CRLF = '\r\n';
/** Spreadsheets run a text cell starting with these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

function formatNumber(value: number): string {
  // Non-finite values are not data a spreadsheet can use: leave the field empty, like null.
  if (!Number.isFinite(value)) return '';
  if (Number.isSafeInteger(value)) return String(value); // most cells (ids, years, counts): no rounding to do
  // toFixed drops float noise (12.300000000001 → 12.3); Number() then trims the trailing zeros and -0.
  return String(Number(value.toFixed(6)));
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of RFC 4180 CSV, CRLF at its end: fields quoted only when needed, formula-like text defused. */
function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(field).join(',') + CRLF;
}

/** RFC 4180 CSV: CRLF after every line, fields quoted only when needed, formula-like text defused. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}

/**
 * The same text as `toCsv`, in pieces of `linesPerPiece` lines, each written only when asked for: a large file
 * can be sent while the rest is written.
 */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly CsvCell[]>, linesPerPiece: number): Generator<string, void, undefined> {
  let lines: string[] = [];
  for (const cells of withHeader(header, rows)) {
    lines.push(csvLine(cells));
    if (lines.length >= linesPerPiece) {
      yield lines.join('');
      lines = [];
    }
  }
  if (lines.length) yield lines.join('');
}

function* withHeader(header: readonly string[], rows: Iterable<readonly CsvCell[]>): Generator<readonly CsvCell[], void, undefined> {
  yield header;
  yield* rows;
}
