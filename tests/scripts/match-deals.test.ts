import { describe, expect, it } from 'vitest';
import { designationSimilarity, groupYearlyDeals, matchDeals, type RegisterKey, type YearlyDeal } from '../../scripts/data/match-deals.ts';

const key = (designation: string, deliveryYears: number[], extra: Partial<RegisterKey> = {}): RegisterKey => ({
  supplier: 'USA',
  recipient: 'IND',
  orderYear: 2009,
  designation,
  category: 'Aircraft',
  deliveryYears,
  ...extra,
});

const yearly = (dealId: string, designation: string, units: [number, number][], extra: Partial<YearlyDeal> = {}): YearlyDeal => ({
  dealId,
  supplier: 'USA',
  recipient: 'IND',
  orderYear: 2009,
  designation,
  category: 'Aircraft',
  units: new Map(units),
  ...extra,
});

describe('designationSimilarity', () => {
  it('sees through renamings between releases', () => {
    expect(designationSimilarity('P-8A', 'P-8A')).toBe(1);
    expect(designationSimilarity('AW101', 'AW-101')).toBe(1);
    expect(designationSimilarity('Kiliç', 'Kilic -')).toBe(1);
    expect(designationSimilarity('P-8A Poseidon', 'P-8A')).toBeCloseTo(6 / 7);
    expect(designationSimilarity('K-9 Thunder 155mm', 'K-9 155mm -')).toBeCloseTo(8 / 9);
    expect(designationSimilarity('PJ-10 BrahMos', 'BrahMos LAND')).toBeCloseTo(2 / 5);
    expect(designationSimilarity('AL-31', 'AL-31 (13500)')).toBeCloseTo(4 / 5);
    expect(designationSimilarity('Mi-17', 'Leopard-2A4')).toBe(0);
  });
});

describe('groupYearlyDeals', () => {
  it('groups rows by deal id, in order of first appearance', () => {
    const row = { supplier: 'USA', recipient: 'IND', orderYear: 2009, designation: 'P-8A', category: 'Aircraft' as const };
    const deals = groupYearlyDeals([
      { ...row, dealId: '7', year: 2013, units: 2 },
      { ...row, dealId: '3', year: 2013, units: 1 },
      { ...row, dealId: '7', year: 2014, units: 6 },
    ]);
    expect(deals.map((d) => [d.dealId, [...d.units]])).toEqual([
      ['7', [[2013, 2], [2014, 6]]],
      ['3', [[2013, 1]]],
    ]);
  });
});

describe('matchDeals', () => {
  it('pairs renamed deals by designation similarity and overlapping years', () => {
    const register = [key('P-8A Poseidon', [2013, 2014, 2015]), key('C-17 Globemaster-3', [2013, 2014])];
    const candidates = [yearly('1', 'C-17A', [[2013, 5], [2014, 5]]), yearly('2', 'P-8A', [[2013, 2], [2014, 3], [2015, 3]])];
    expect(matchDeals(register, candidates)).toEqual([1, 0]);
  });

  it('requires the same supplier, recipient and order year and a shared delivery year', () => {
    const register = [key('P-8A', [2013]), key('P-8A', [2013], { orderYear: 2010 }), key('P-8A', [2013], { recipient: 'PAK' }), key('P-8A', [2025])];
    const candidates = [yearly('1', 'P-8A', [[2013, 1]], { orderYear: 2011 }), yearly('2', 'P-8A', [[2013, 1]], { recipient: 'AUS' }), yearly('3', 'P-8A', [[2024, 1]])];
    expect(matchDeals(register, candidates)).toEqual([-1, -1, -1, -1]);
  });

  it('does not pair unlike designations of different categories', () => {
    const register = [key('9M96', [2023], { category: 'Missiles' })];
    expect(matchDeals(register, [yearly('1', 'vehicle engine 201-300', [[2023, 5]], { category: 'Engines' })])).toEqual([-1]);
  });

  it('pairs one to one, best score first, ties by file order', () => {
    const register = [key('Mi-17', [2010]), key('Mi-17', [2010]), key('Mi-17', [2010])];
    const candidates = [yearly('1', 'Mi-17', [[2010, 2]]), yearly('2', 'Mi-17', [[2010, 4]])];
    expect(matchDeals(register, candidates)).toEqual([0, 1, -1]);
    // A better year overlap wins over position.
    const spread = [key('Mi-17', [2010]), key('Mi-17', [2010, 2011])];
    expect(matchDeals(spread, [yearly('1', 'Mi-17', [[2010, 1], [2011, 1]])])).toEqual([-1, 0]);
  });
});
