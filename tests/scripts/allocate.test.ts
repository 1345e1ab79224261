import { describe, expect, it } from 'vitest';
import { splitTiv, yearWeights } from '../../scripts/data/allocate.ts';

const units = (entries: [number, number][]) => new Map(entries);

describe('yearWeights', () => {
  it('splits evenly without per-year units', () => {
    expect(yearWeights([2010, 2011, 2012], 6)).toEqual({ weights: [1, 1, 1], weighted: false });
    expect(yearWeights([2010, 2011], 6, units([[2015, 6]]))).toEqual({ weights: [1, 1], weighted: false });
  });

  it('uses the units of the years the per-year file lists', () => {
    expect(yearWeights([2013, 2014, 2015], 8, units([[2013, 2], [2014, 3], [2015, 3]]))).toEqual({ weights: [2, 3, 3], weighted: true });
  });

  it('spreads the remaining units evenly over years the file does not list', () => {
    // 40 delivered; the file accounts for 10 in 2023 and 10 in 2024: 2025 gets the other 20.
    expect(yearWeights([2023, 2024, 2025], 40, units([[2023, 10], [2024, 10]]))).toEqual({ weights: [10, 10, 20], weighted: true });
    // Before 1995 and after 2024: 12 left for two years.
    expect(yearWeights([1993, 1995, 2025], 16, units([[1995, 4]]))).toEqual({ weights: [6, 4, 6], weighted: true });
  });

  it('gives unlisted years the average of the listed ones when no units are left', () => {
    expect(yearWeights([2023, 2024, 2025], 6, units([[2023, 2], [2024, 4]]))).toEqual({ weights: [2, 4, 3], weighted: true });
    expect(yearWeights([2023, 2025], null, units([[2023, 5]]))).toEqual({ weights: [5, 5], weighted: true });
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
