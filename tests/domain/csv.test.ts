import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_MIME, csvPieces, toCsv, type CsvCell } from '../../src/domain/csv.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('round-trips awkward text through a CSV parser', () => {
    const header = ['Supplier', 'Recipient, region', 'Note'];
    const rows: CsvCell[][] = [
      ['France', "Côte d'Ivoire", 'He said "fine"'],
      ['Alizé', 'Köln', 'two\r\nlines'],
      ['  leading space', 'trailing space ', 'bare\nLF and bare\rCR'],
      [null, '', 'Россия 中国'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(header, rows), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([header, ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))]);
  });

  it('ends every line, the last included, with CRLF and quotes only when needed', () => {
    const csv = toCsv(['a', 'b'], [['x', 1], ['y,z', ' w'], ['say "hi"', true]]);
    expect(csv).toBe('a,b\r\nx,1\r\n"y,z"," w"\r\n"say ""hi""",true\r\n');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes the header alone when there are no rows', () => {
    expect(toCsv(['year', 'tiv'], [])).toBe('year,tiv\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, header included', () => {
    const formulas = ['=SUM(A1)', '+1', '-cmd', '@x', '\tx', '\rx', '=1\n+2'];
    const parsed = parse(toCsv(['=HEADER()'], formulas.map((cell) => [cell])));
    expect(parsed).toEqual([["'=HEADER()"], ...formulas.map((cell) => [`'${cell}`])]);
  });

  it('leaves harmless text unquoted after the guard', () => {
    expect(toCsv(['=1+2'], [['-x'], ['a=b'], ['x-1']])).toBe("'=1+2\r\n'-x\r\na=b\r\nx-1\r\n");
  });

  it('writes numbers plainly: negatives unguarded, no float noise, no separators', () => {
    const rows: CsvCell[][] = [[-3, 12.300000000001, 0.1 + 0.2, 1234567.5, 2 / 3, -1e-9, 0]];
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], rows)).toBe('a,b,c,d,e,f,g\r\n-3,12.3,0.3,1234567.5,0.666667,0,0\r\n');
  });

  it('writes null and non-finite numbers as empty fields and booleans as words', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[null, Number.NaN, Number.POSITIVE_INFINITY, true, false]])).toBe(
      'a,b,c,d,e\r\n,,,true,false\r\n',
    );
  });

  it('declares UTF-8 CSV', () => {
    expect(CSV_MIME).toBe('text/csv;charset=utf-8');
  });
});

describe('csvPieces', () => {
  const header = ['Deal', 'Note'];
  const rows: CsvCell[][] = Array.from({ length: 7 }, (_, i) => [i, i % 2 ? `line ${i}\r\nwith "quotes"` : `=formula ${i}`]);

  it.each([1, 2, 3, 8, 100])('joins to toCsv’s text, in pieces of %i lines', (linesPerPiece) => {
    const pieces = [...csvPieces(header, rows, linesPerPiece)];
    expect(pieces.join('')).toBe(toCsv(header, rows));
    expect(pieces).toHaveLength(Math.ceil((rows.length + 1) / linesPerPiece));
    // Whole lines only: a piece never ends inside a line, or inside a quoted line break.
    for (const piece of pieces) expect(Papa.parse(piece, { delimiter: ',' }).errors).toEqual([]);
  });

  it('writes a piece only when it is asked for', () => {
    let read = 0;
    const counted = (function* () {
      for (const row of rows) {
        read += 1;
        yield row;
      }
    })();
    const pieces = csvPieces(header, counted, 3);
    expect(read).toBe(0);
    pieces.next();
    expect(read).toBe(2); // the header and two rows
  });

  it('writes the header alone when there are no rows', () => {
    expect([...csvPieces(header, [], 10)]).toEqual(['Deal,Note\r\n']);
  });
});
