import { describe, expect, it } from 'vitest';
import { fitYears, remainingTarget } from '../../scripts/data/fit-years.ts';

const years = (entries: [number, number][]) => new Map(entries);
const close = (actual: number[][], expected: number[][]) => {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  actual.forEach((row, i) => row.forEach((value, k) => expect(value).toBeCloseTo(expected[i]![k]!, 6)));
};

describe('fitYears', () => {
  it('gives a single deal the profile of the pair', () => {
    const fit = fitYears([{ years: [1960, 1961, 1962], tiv: 60 }], years([[1960, 10], [1961, 30], [1962, 20]]));
    close(fit.weights, [[10, 30, 20]]);
    expect(fit).toMatchObject({ converged: true });
    expect(fit.residual).toBeLessThan(1e-9);
  });

  it('shares a year between two overlapping deals so that both totals and every year hold', () => {
    // Only A delivers in 1960 and only B in 1962, so A has 30 in 1960, B 30 in 1962, and 1961's 40 is what is left.
    const fit = fitYears(
      [
        { years: [1960, 1961], tiv: 40 },
        { years: [1961, 1962], tiv: 60 },
      ],
      years([[1960, 30], [1961, 40], [1962, 30]]),
    );
    close(fit.weights, [
      [30, 10],
      [30, 30],
    ]);
    expect(fit.converged).toBe(true);
  });

  it('gives nothing to a year with no target', () => {
    close(fitYears([{ years: [1960, 1961], tiv: 10 }], years([[1960, 10], [1961, 0]])).weights, [[10, 0]]);
  });

  it('stops at the nearest fit when the targets cannot be met, every deal total still exact', () => {
    // A (1960 only) already gives 1960 more than its 5: B can only put its 10 in 1961, which wants 15.
    const fit = fitYears(
      [
        { years: [1960], tiv: 10 },
        { years: [1960, 1961], tiv: 10 },
      ],
      years([[1960, 5], [1961, 15]]),
    );
    expect(fit).toMatchObject({ converged: false, iterations: 200 });
    expect(fit.weights[0]).toEqual([10]);
    expect(fit.weights[1]![0]).toBeCloseTo(0, 2);
    expect(fit.weights[1]![0]! + fit.weights[1]![1]!).toBeCloseTo(10, 9);
    expect(fit.residual).toBeCloseTo(0.5, 2);
    expect(fit.weights.flat().every(Number.isFinite)).toBe(true);
  });

  it('is deterministic', () => {
    const input = () =>
      [
        { years: [1970, 1971, 1972], tiv: 123.4 },
        { years: [1971, 1973], tiv: 56.7 },
        { years: [1972, 1973, 1974], tiv: 8.9 },
      ] as const;
    const target = years([[1970, 40], [1971, 50], [1972, 30], [1973, 60], [1974, 9]]);
    const first = fitYears(input(), target);
    expect(fitYears(input(), new Map(target)).weights).toStrictEqual(first.weights);
  });
});

describe('remainingTarget', () => {
  it('scales the profile to the total: the shape counts, not the TIV of its release', () => {
    expect(remainingTarget(years([[1960, 100], [1961, 300]]), new Map(), [1960, 1961], 200)).toEqual(years([[1960, 50], [1961, 150]]));
  });

  it('leaves for the fitted deals what the fixed deals do not already give each year', () => {
    // s = 0.75: 1994 gets 75, 1995 gets 0.75·100 − 50 = 25; together the 100 to fit.
    const target = remainingTarget(years([[1994, 100], [1995, 100], [1996, 50]]), years([[1995, 50], [1996, 50]]), [1994, 1995], 100);
    expect(target).toEqual(years([[1994, 75], [1995, 25]]));
  });

  it('gives nothing to a year the fixed deals fill beyond the profile, or one the table does not have', () => {
    const target = remainingTarget(years([[1994, 100], [1995, 100]]), years([[1995, 200]]), [1990, 1994, 1995], 100);
    expect(target).toEqual(years([[1990, 0], [1994, 100], [1995, 0]]));
  });
});
