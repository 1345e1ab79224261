import { describe, expect, it } from 'vitest';
import { disagreement, largestDifferences, readImportsTable, splitBeforeFit, yearTotals, type YearTable } from '../../scripts/data/agreement.ts';
import { pairKey } from '../../scripts/data/allocate.ts';
import { miniDatasetFile } from '../fixtures/mini-dataset.ts';

const table = (rows: Record<string, Record<number, number>>): YearTable =>
  new Map(Object.entries(rows).map(([key, years]) => [key, new Map(Object.entries(years).map(([y, v]) => [Number(y), v]))]));

describe('disagreement', () => {
  it('is the sum of the yearly differences over the total of the reference, over the years asked', () => {
    const sipri = table({ 'SUN>IND': { 1960: 100, 1961: 100 }, 'USA>IND': { 1960: 50 } });
    const ours = table({ 'SUN>IND': { 1960: 80, 1961: 120 }, 'USA>IND': { 1960: 50, 1962: 10 }, 'FRA>IND': { 1961: 5 } });
    // |80−100| + |120−100| + 0 + |5−0| = 45, of 250.
    expect(disagreement(ours, sipri, 1960, 1961)).toBeCloseTo(45 / 250);
    expect(disagreement(ours, sipri, 1960, 1961, (key) => !key.startsWith('FRA'))).toBeCloseTo(40 / 250);
    expect(disagreement(ours, sipri, 1962, 1962)).toBe(0);
  });

  it('names the keys that differ most', () => {
    const sipri = table({ a: { 1960: 10 }, b: { 1960: 100 } });
    const ours = table({ a: { 1960: 12 }, b: { 1960: 90 } });
    expect(largestDifferences(ours, sipri, 1960, 1960, 1)).toEqual([{ key: 'b', difference: 10, ours: 90, sipri: 100 }]);
  });
});

describe('yearTotals and splitBeforeFit', () => {
  it("sums the dataset's yearly TIV by pair, and evenly for deals not weighted by the per-year file", () => {
    const dataset = miniDatasetFile();
    // The fitted MiG-21 (60 over 1963–64) as if its fit had given 40 and 20.
    dataset.deals.deliveryTiv[0] = [40, 20];
    expect(yearTotals(dataset, pairKey).get('SUN>IND')).toEqual(new Map([[1963, 40], [1964, 20]]));
    const before = splitBeforeFit(dataset);
    expect(before[0]).toEqual([30, 30]);
    expect(before[4]).toBe(dataset.deals.deliveryTiv[4]);
    expect(yearTotals(dataset, (_, recipient) => recipient, before).get('IND')!.get(1963)).toBe(30);
  });
});

describe('readImportsTable', () => {
  const notes = ['Volume of transfers of major arms', '', '', '', '', '', '', 'Data generated: 13 Oct 2024 12:33:29 PM', ''];
  const csv = [...notes, 'Recipient,1950,1951,2024,1950-2024', 'India,141,0 ,,141', 'Turkiye,,3,,3', '', 'Total world import,141,3,,144', ''].join('\n');

  it('reads recipients by id and year, "0 " as less than half a million, without the world total', () => {
    expect(readImportsTable(csv, 'imports.csv')).toEqual(
      new Map([
        ['IND', new Map([[1950, 141], [1951, 0.25]])],
        ['TUR', new Map([[1951, 3]])],
      ]),
    );
  });

  it('rejects another header or a cell that is not a whole number', () => {
    expect(() => readImportsTable(csv.replace('Recipient,', 'Supplier,'), 'imports.csv')).toThrow('imports.csv, line 10: unexpected header');
    expect(() => readImportsTable(csv.replace('India,141', 'India,1.5'), 'imports.csv')).toThrow('imports.csv, line 11: 1950: not a whole number');
  });
});
