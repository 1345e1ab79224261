import { describe, expect, it } from 'vitest';
import { BELOW_HALF, pairTableFiles, readPairTable } from '../../scripts/data/read-pair-tables.ts';
import { pairTableCsv } from './fixtures.ts';

const FILE = 'TIV-Export-USR-1950-2021.csv';
const USSR = pairTableCsv('Soviet Union', [
  { name: 'India', tiv: { 1950: '0', 1963: '140', 1964: '0 ' } },
  { name: 'Turkey', tiv: { 2021: '3' } },
]);

describe('readPairTable', () => {
  it('reads the supplier, the release date and each recipient row by year', () => {
    const table = readPairTable(USSR, FILE);
    expect(table).toMatchObject({ file: FILE, code: 'USR', supplier: 'Soviet Union', generated: '2022-07-28', firstYear: 1950, lastYear: 2021 });
    expect(table.rows).toEqual([
      { line: 12, recipient: 'India', tiv: new Map([[1950, BELOW_HALF], [1963, 140], [1964, BELOW_HALF]]) },
      { line: 13, recipient: 'Turkey', tiv: new Map([[2021, 3]]) },
    ]);
  });

  it('reads "0" and "0 " as less than half a million, not as nothing', () => {
    const india = readPairTable(USSR, FILE).rows[0]!;
    expect(india.tiv.get(1950)).toBeGreaterThan(0);
    expect(india.tiv.get(1950)).toBeLessThan(0.5);
    expect(india.tiv.has(1951)).toBe(false);
  });

  it('reads CRLF files too', () => {
    expect(readPairTable(USSR.replaceAll('\n', '\r\n'), FILE).rows).toHaveLength(2);
  });

  it('rejects a cell that is not a whole number, with file and line', () => {
    const bad = pairTableCsv('Soviet Union', [{ name: 'India', tiv: { 1963: '1.5' } }]);
    expect(() => readPairTable(bad, FILE)).toThrow(`${FILE}, line 12: 1963: not a whole number: "1.5"`);
  });

  it('rejects a file cut short (no Total row), a changed header and an unreadable title', () => {
    const cut = USSR.split('\n').slice(0, 13).join('\n');
    expect(() => readPairTable(cut, FILE)).toThrow(`${FILE}, line 13: no Total row`);
    expect(() => readPairTable(USSR.replace(',1950,1951,', ',1951,1950,'), FILE)).toThrow(`${FILE}, line 11: unexpected header`);
    expect(() => readPairTable(USSR.replace('TIV of arms exports from', 'Arms from'), FILE)).toThrow(`${FILE}, line 1: expected`);
  });

  it('rejects a row after the Total row and a file name of another shape', () => {
    expect(() => readPairTable(`${USSR}India,1\n`, FILE)).toThrow(`${FILE}, line 16: a row after the Total row`);
    expect(() => readPairTable(USSR, 'USR.csv')).toThrow('USR.csv, line 1: file name is not');
  });
});

describe('pairTableFiles', () => {
  it('keeps SIPRI-named tables, sorted, and nothing else', () => {
    expect(pairTableFiles(['TIV-Export-USR-1950-2021.csv', 'README.md', 'TIV-Export-EU-1950-2021.csv', 'TIV-Export-UK-1950-2021.csv'])).toEqual([
      'TIV-Export-EU-1950-2021.csv',
      'TIV-Export-UK-1950-2021.csv',
      'TIV-Export-USR-1950-2021.csv',
    ]);
  });
});
