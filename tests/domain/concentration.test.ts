import { describe, expect, it } from 'vitest';
import type { YearValues } from '../../src/api/contract.ts';
import { concentrationByPeriod, fiveYearPeriods, leaderChanges, periodLabel, sipriPeriodOf } from '../../src/domain/concentration.ts';

describe('fiveYearPeriods', () => {
  it("follows SIPRI's periods, clipped to the years given", () => {
    expect(fiveYearPeriods(2011, 2025)).toEqual([
      { from: 2011, to: 2015 },
      { from: 2016, to: 2020 },
      { from: 2021, to: 2025 },
    ]);
    expect(fiveYearPeriods(1950, 1957)).toEqual([
      { from: 1950, to: 1950 },
      { from: 1951, to: 1955 },
      { from: 1956, to: 1957 },
    ]);
    expect(fiveYearPeriods(2013, 2013)).toEqual([{ from: 2013, to: 2013 }]);
  });

  it('names a partial period plainly, not by the whole period it belongs to', () => {
    expect(periodLabel({ from: 1950, to: 1950 })).toBe('1950 (partial period: 1 of 5 years)');
    expect(periodLabel({ from: 2019, to: 2020 })).toBe('2019–2020 (partial period: 2 of 5 years)');
    expect(periodLabel({ from: 2016, to: 2020 })).toBe('2016–2020');
  });

  it('knows the whole period a year falls in', () => {
    expect([1950, 2011, 2014, 2015, 2016].map(sipriPeriodOf)).toEqual([
      { from: 1946, to: 1950 },
      { from: 2011, to: 2015 },
      { from: 2011, to: 2015 },
      { from: 2011, to: 2015 },
      { from: 2016, to: 2020 },
    ]);
  });
});

const year = (y: number, values: Record<string, number>): YearValues => ({
  year: y,
  total: Object.values(values).reduce((a, b) => a + b, 0),
  values,
});

describe('concentration', () => {
  // 2011–15: RUS 70, USA 20, FRA 10; 2016–20: RUS 50, FRA 30, USA 20.
  const years = [
    year(2011, { RUS: 70, USA: 20 }),
    year(2014, { FRA: 10 }),
    year(2016, { RUS: 50, USA: 20 }),
    year(2019, { FRA: 30 }),
    year(2020, {}),
  ];

  it('gives the top share and the HHI per period', () => {
    const periods = concentrationByPeriod(years);
    expect(periods).toHaveLength(2);
    expect(periods[0]).toMatchObject({ from: 2011, to: 2015, total: 100, hhi: 70 ** 2 + 20 ** 2 + 10 ** 2 });
    expect(periods[0]!.ranking.map((r) => [r.id, r.share])).toEqual([
      ['RUS', 0.7],
      ['USA', 0.2],
      ['FRA', 0.1],
    ]);
    expect(periods[1]!.hhi).toBeCloseTo(50 ** 2 + 30 ** 2 + 20 ** 2);
  });

  it('finds where the leaders changed places', () => {
    expect(leaderChanges(concentrationByPeriod(years))).toEqual([
      { from: 2016, to: 2020, position: 2, newId: 'FRA', previousId: 'USA' },
    ]);
  });

  it('leaves out periods with nothing delivered', () => {
    expect(concentrationByPeriod([year(2001, {}), year(2007, { CHN: 5 })]).map((p) => p.from)).toEqual([2006]);
  });
});
