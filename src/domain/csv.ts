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

/** RFC 4180 CSV: CRLF after every line, fields quoted only when needed, formula-like text defused. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((cells) => cells.map(field).join(',') + CRLF).join('');
}
