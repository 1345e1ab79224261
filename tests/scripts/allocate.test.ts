import { describe, expect, it } from 'vitest';
import { fitToPairTables, pairKey, splitTiv, yearWeights, type AllocationDeal, type YearWeights } from '../../scripts/data/allocate.ts';

const units = (entries: [number, number][]) => new Map(entries);

describe('yearWeights', () => {
  it('splits evenly without per-year units', () => {
    expect(yearWeights([2010, 2011, 2012], 6)).toEqual({ weights: [1, 1, 1], how: 'even' });
    expect(yearWeights([2010, 2011], 6, units([[2015, 6]]))).toEqual({ weights: [1, 1], how: 'even' });
  });

  it('uses the units of the years the per-year file lists', () => {
    expect(yearWeights([2013, 2014, 2015], 8, units([[2013, 2], [2014, 3], [2015, 3]]))).toEqual({ weights: [2, 3, 3], how: 'per-year file' });
  });

  it('spreads the remaining units evenly over years the file does not list', () => {
    // 40 delivered; the file accounts for 10 in 2023 and 10 in 2024: 2025 gets the other 20.
    expect(yearWeights([2023, 2024, 2025], 40, units([[2023, 10], [2024, 10]]))).toEqual({ weights: [10, 10, 20], how: 'per-year file' });
    // Before 1995 and after 2024: 12 left for two years.
    expect(yearWeights([1993, 1995, 2025], 16, units([[1995, 4]]))).toEqual({ weights: [6, 4, 6], how: 'per-year file' });
  });

  it('gives unlisted years the average of the listed ones when no units are left', () => {
    expect(yearWeights([2023, 2024, 2025], 6, units([[2023, 2], [2024, 4]]))).toEqual({ weights: [2, 4, 3], how: 'per-year file' });
    expect(yearWeights([2023, 2025], null, units([[2023, 5]]))).toEqual({ weights: [5, 5], how: 'per-year file' });
  });
});

describe('fitToPairTables', () => {
  const deal = (deliveryYears: number[], tivDelivered: number | null, supplier = 'SUN', recipient = 'IND'): AllocationDeal => ({ supplier, recipient, deliveryYears, tivDelivered });
  const open = (d: AllocationDeal): YearWeights => yearWeights(d.deliveryYears, null);
  const tables = (rows: Record<string, [number, number][]>) => ({
    profiles: new Map(Object.entries(rows).map(([key, entries]) => [key, new Map(entries)])),
    firstYear: 1950,
    lastYear: 2021,
  });
  const fit = (deals: AllocationDeal[], profiles: Record<string, [number, number][]>, perYear = deals.map(open)) => fitToPairTables(deals, perYear, tables(profiles));

  it("spreads a deal by its pair's yearly profile, keeping its total", () => {
    const mig = deal([1963, 1964, 1965], 60);
    const { weights, fittedPairs } = fit([mig], { 'SUN>IND': [[1963, 140], [1964, 420], [1965, 140]] });
    expect(weights[0]!.how).toBe('fitted');
    expect(splitTiv(60, weights[0]!.weights)).toEqual([12, 36, 12]);
    expect(fittedPairs).toBe(1);
  });

  it('fits two overlapping deals of a pair together, each within its own years', () => {
    const a = deal([1960, 1961], 40);
    const b = deal([1961, 1962], 60);
    const { weights } = fit([a, b], { 'SUN>IND': [[1960, 3], [1961, 4], [1962, 3]] });
    expect(splitTiv(40, weights[0]!.weights)).toEqual([30, 10]);
    expect(splitTiv(60, weights[1]!.weights)).toEqual([30, 30]);
  });

  it('fills what the deals weighted by the per-year file leave of the profile', () => {
    // The per-year deal puts 50 in 1995 and 50 in 1996; scaled by 0.75 the profile leaves 75 for 1994 and 25 for 1995.
    const perYearDeal = deal([1995, 1996], 100);
    const a = deal([1994, 1995], 100);
    const weighted = yearWeights([1995, 1996], 2, new Map([[1995, 1], [1996, 1]]));
    const { weights } = fit([perYearDeal, a], { 'SUN>IND': [[1994, 100], [1995, 100], [1996, 50]] }, [weighted, open(a)]);
    expect(weights[0]).toBe(weighted);
    expect(splitTiv(100, weights[1]!.weights)).toEqual([75, 25]);
  });

  it('splits evenly, saying why, where the tables cannot place a deal', () => {
    const deals = [deal([1970, 1971], 10, 'FRA'), deal([2020, 2022], 10), deal([1980, 1981], 10), deal([1960, 1961], 10)];
    const { weights } = fit(deals, { 'SUN>IND': [[1960, 5], [2020, 5]] });
    expect(weights.slice(0, 3)).toEqual([
      { weights: [1, 1], how: 'even', reason: 'pairNotInTables' },
      { weights: [1, 1], how: 'even', reason: 'outsideTableYears' },
      { weights: [1, 1], how: 'even', reason: 'noTableTiv' },
    ]);
    // Only 1960 of the last deal's years has table TIV: 1961 keeps what a table's "0" means.
    expect(weights[3]).toEqual({ weights: [10, 0.25], how: 'fitted' });
  });

  it('splits evenly a deal whose years the per-year deals already fill, and fits the others without it', () => {
    // The per-year deal's 500 in 1995 is beyond the profile: nothing left there for B, which falls back to even;
    // A then has 1994 to itself (1993, not in the table, keeps 0.25).
    const perYearDeal = deal([1995], 500);
    const a = deal([1993, 1994], 100);
    const b = deal([1995, 1996], 10);
    const weighted = yearWeights([1995], 5, new Map([[1995, 5]]));
    const { weights } = fit([perYearDeal, a, b], { 'SUN>IND': [[1994, 100], [1995, 100]] }, [weighted, open(a), open(b)]);
    expect(weights[2]).toEqual({ weights: [1, 1], how: 'even', reason: 'noTableTiv' });
    expect(weights[1]!.how).toBe('fitted');
    expect(weights[1]!.weights[0]).toBe(0.25);
    expect(weights[1]!.weights[1]).toBeCloseTo(100, 6);
  });

  it('places a one-year deal in its year and gives a deal of no TIV the profile over its years', () => {
    const { weights, fittedPairs } = fit([deal([1960], 5), deal([1960, 1961, 1962], 0)], { 'SUN>IND': [[1960, 2], [1961, 6]] });
    expect(weights).toEqual([
      { weights: [1], how: 'fitted' },
      { weights: [2, 6, 0.25], how: 'fitted' },
    ]);
    expect(fittedPairs).toBe(0);
  });

  it('counts the pairs whose deals cannot follow the profile within 1 %', () => {
    // SUN>IND: two deals of 10 share 1960–61, which the profile gives half of the 30 to fit.
    const deals = [deal([1960, 1961], 10), deal([1960, 1961], 10), deal([1962, 1963], 10), deal([1970, 1971], 10, 'USA')];
    const { fittedPairs, inexactPairs } = fit(deals, { 'SUN>IND': [[1960, 1], [1961, 1], [1962, 1], [1963, 1]], 'USA>IND': [[1970, 1], [1971, 1]] });
    expect([fittedPairs, inexactPairs]).toEqual([2, 1]);
  });

  it('leaves deals without deliveries and deals weighted by the per-year file as they are', () => {
    const pending = deal([], null);
    const weighted = yearWeights([1999], 1, new Map([[1999, 1]]));
    const { weights } = fit([pending, deal([1999], 7)], {}, [open(pending), weighted]);
    expect(weights).toEqual([{ weights: [], how: 'even' }, weighted]);
    expect(pairKey('SUN', 'IND')).toBe('SUN>IND');
  });
});

describe('splitTiv', () => {
  it('splits in proportion to the weights', () => {
    expect(splitTiv(800, [2, 3, 3])).toEqual([200, 300, 300]);
    expect(splitTiv(46, [1])).toEqual([46]);
  });

  it('rounds to 4 decimals with parts that add up to the total exactly', () => {
    const parts = splitTiv(10, [1, 1, 1]);
    expect(parts).toEqual([3.3333, 3.3334, 3.3333]);
    expect(Math.round(parts.reduce((a, b) => a + b) * 1e4)).toBe(10 * 1e4);
    expect(splitTiv(0.3, [1, 1, 1, 1, 1, 1, 1])).toEqual([0.0429, 0.0428, 0.0429, 0.0428, 0.0429, 0.0428, 0.0429]);
  });

  it('handles zero totals, zero weights and no years', () => {
    expect(splitTiv(0, [1, 2])).toEqual([0, 0]);
    expect(splitTiv(null, [1])).toEqual([0]);
    expect(splitTiv(9, [0, 0, 0])).toEqual([3, 3, 3]);
    expect(splitTiv(9, [])).toEqual([]);
  });
});
