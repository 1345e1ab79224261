import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv.ts';
import { sharesCsv } from '../../src/features/shares/shares-csv.ts';
import { timingNote } from '../../src/domain/allocation-notes.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const tiv = {
  series: [
    { id: 'RUS', name: 'Russia (incl. Soviet Union)', color: '#c62828', tiv: 100, share: 0.5 },
    { id: 'FRA', name: 'France', color: '#6a1b9a', tiv: 60, share: 0.3 },
    { id: 'other', name: 'Other', color: '#9e9e9e', tiv: 40, share: 0.2 },
  ],
  points: [
    { year: 2019, RUS: 60, FRA: 40.12345, other: 20 },
    { year: 2020, RUS: 40, FRA: 0, other: 0 },
  ],
};
const totals = new Map([
  [2019, 120.12345],
  [2020, 40],
]);
const source = 'Source: SIPRI Arms Transfers Database, March 2026 release';
const { allocation } = miniDataset();
const counted = 'Aircraft only';
const timing = (from: number, to: number) => timingNote(allocation, from, to);

describe('share view CSV', () => {
  it('has the shown series with TIV and share, the unit in each column name, the weapons counted and the source', () => {
    const { header, rows } = sharesCsv({ tiv, totals, hidden: [], window: 1, rowNoun: 'suppliers', counted, source, allocation });
    expect(header).toEqual([
      'Year',
      'Russia (incl. Soviet Union): SIPRI TIV (millions)',
      'Russia (incl. Soviet Union): share of total (%)',
      'France: SIPRI TIV (millions)',
      'France: share of total (%)',
      'Other: SIPRI TIV (millions)',
      'Other: share of total (%)',
      'Total, all suppliers: SIPRI TIV (millions)',
      'Yearly allocation',
      'Weapons counted',
      'Source',
    ]);
    expect(rows).toEqual([
      [2019, 60, 49.95, 40.123, 33.4, 20, 16.65, 120.123, timing(2019, 2019), counted, source],
      [2020, 40, 100, 0, 0, 0, 0, 40, timing(2020, 2020), counted, source],
    ]);
  });

  it('sums the series hidden in the view into one column that names them, so the shares still add up', () => {
    const { header, rows } = sharesCsv({ tiv, totals, hidden: ['FRA', 'RUS'], window: 1, rowNoun: 'suppliers', counted, source, allocation });
    expect(header.slice(1, 5)).toEqual([
      'Other: SIPRI TIV (millions)',
      'Other: share of total (%)',
      'Hidden in the view (Russia (incl. Soviet Union), France): SIPRI TIV (millions)',
      'Hidden in the view (Russia (incl. Soviet Union), France): share of total (%)',
    ]);
    expect(rows[0]).toEqual([2019, 20, 16.65, 100.123, 83.35, 120.123, timing(2019, 2019), counted, source]);
  });

  it('says when values are five-year sums, and how the five years were allocated', () => {
    const { header, rows } = sharesCsv({ tiv, totals, hidden: [], window: 5, rowNoun: 'recipients', counted, source, allocation });
    expect(header[0]).toBe('Year (sum of this and the 4 previous years)');
    expect(header[1]).toBe('Russia (incl. Soviet Union): SIPRI TIV (millions), 5-year sum');
    expect(rows[0]!.at(-3)).toBe(timing(2015, 2019));
  });

  it('parses back with an RFC 4180 reader to the same cells', () => {
    const { header, rows } = sharesCsv({ tiv, totals, hidden: [], window: 1, rowNoun: 'suppliers', counted, source, allocation });
    const parsed = Papa.parse<string[]>(toCsv(header, rows), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(header);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));
  });
});
