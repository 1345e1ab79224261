import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharesOverYears } from '../../src/domain/share-years.ts';
import type { Dataset } from '../../core/dataset/dataset.ts';
import { getShares, parseSharesQuery } from '../../core/endpoints/shares.ts';
import { getDatasetFromDisk } from '../../mocks/node.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const ask = (dataset: Dataset, query: Record<string, string>) =>
  getShares(dataset, dataset.deliveries, parseSharesQuery(dataset, new URLSearchParams(query)));

/** Whom the share explorer can look at: a recipient, a supplier, or either world ranking. */
const SUBJECTS: Record<string, string>[] = [{ recipient: 'IND' }, { supplier: 'RUS' }, { by: 'recipient' }, { by: 'supplier' }];

/** Any range and window of the data's years, for any subject, with or without the Soviet Union merged. */
const views = (first: number, last: number) =>
  fc.record({
    subject: fc.constantFrom(...SUBJECTS),
    mergeSoviet: fc.boolean(),
    window: fc.constantFrom(1 as const, 5 as const),
    years: fc.tuple(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  });

describe('sharesOverYears', () => {
  const mini = miniDataset();

  it('gives exactly what the API answers for the same years and window (mini dataset)', () => {
    fc.assert(
      fc.property(views(mini.firstYear, mini.lastYear), ({ subject, mergeSoviet, window, years: [from, to] }) => {
        const base = { ...subject, mergeSoviet: String(mergeSoviet) };
        const series = ask(mini, base);
        const expected = ask(mini, { ...base, from: String(from), to: String(to), window: String(window) });
        expect(sharesOverYears(series, from, to, window)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a row delivered to only in the years before `from` that a five-year sum reaches back to', () => {
    const series = ask(mini, { recipient: 'IND' });
    const answer = sharesOverYears(series, 2000, 2003, 5);
    expect(answer.rows.find((row) => row.id === 'RUS')).toEqual({ id: 'RUS', name: 'Russia', tiv: 0, share: 0 });
    expect(answer.years[0]).toEqual({ year: 2000, total: 300, values: { RUS: 300 } });
  });

  it('agrees with the API on the full dataset to within rounding', async () => {
    const dataset = await getDatasetFromDisk();
    const series = ask(dataset, { recipient: 'IND', mergeSoviet: 'true' });
    fc.assert(
      fc.property(views(dataset.firstYear, dataset.lastYear), ({ window, years: [from, to] }) => {
        const cut = sharesOverYears(series, from, to, window);
        const expected = ask(dataset, { recipient: 'IND', mergeSoviet: 'true', from: String(from), to: String(to), window: String(window) });
        // Sums of values served rounded to 0.001 are off by at most half a thousandth per value summed, plus the
        // last rounding of each side.
        const within = (values: number) => 0.0005 * values + 0.001;
        const years = to - from + window;
        const summed = cut.years.reduce((n, year) => n + Object.keys(year.values).length, 0) * window;
        expect(Math.abs(cut.total - expected.total)).toBeLessThanOrEqual(within(summed));
        expect(cut.rows.map((row) => row.id).sort()).toEqual(expected.rows.map((row) => row.id).sort());
        for (const row of expected.rows) {
          const mine = cut.rows.find((r) => r.id === row.id)!;
          expect(Math.abs(mine.tiv - row.tiv)).toBeLessThanOrEqual(within(years));
          // A share divides two such sums, so its error grows as the total shrinks (1956 holds few deliveries).
          const shareError = (within(years) + row.share * within(summed)) / Math.max(cut.total - within(summed), 1e-9);
          expect(Math.abs(mine.share - row.share)).toBeLessThanOrEqual(shareError);
        }
        cut.years.forEach((year, i) => {
          expect(Object.keys(year.values).sort()).toEqual(Object.keys(expected.years[i]!.values).sort());
          for (const [id, tiv] of Object.entries(year.values)) {
            expect(Math.abs(tiv - expected.years[i]!.values[id]!)).toBeLessThanOrEqual(within(window));
          }
          expect(Math.abs(year.total - expected.years[i]!.total)).toBeLessThanOrEqual(within(Object.keys(year.values).length * window));
        });
      }),
      { numRuns: 40 },
    );
  });

  it('refuses answers it cannot cut: windowed, with Other, or without the years asked for', () => {
    const series = ask(mini, { recipient: 'IND' });
    expect(() => sharesOverYears(ask(mini, { recipient: 'IND', window: '5' }), 2000, 2010, 1)).toThrow(/window 1/);
    expect(() => sharesOverYears(ask(mini, { recipient: 'IND', top: '1' }), 2000, 2010, 1)).toThrow(/every row/);
    expect(() => sharesOverYears(ask(mini, { recipient: 'IND', from: '2000' }), 1990, 2010, 1)).toThrow(RangeError);
    expect(() => sharesOverYears(series, 2010, 2000, 1)).toThrow(RangeError);
  });
});
