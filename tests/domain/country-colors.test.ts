import { describe, expect, it } from 'vitest';
import { seriesColors } from '../../src/domain/country-colors.ts';

describe('seriesColors', () => {
  it('gives every series of a chart its own colour', () => {
    // The top 15 importers of 2021–2025 and "Other": Saudi Arabia and Australia, Kuwait and the UAE shared colours.
    const ids = ['UKR', 'IND', 'QAT', 'PAK', 'JPN', 'USA', 'SAU', 'EGY', 'AUS', 'KWT', 'ARE', 'POL', 'ISR', 'KOR', 'NLD', 'other'];
    const colors = seriesColors(ids);
    expect([...colors.keys()].sort()).toEqual([...ids].sort());
    expect(new Set(colors.values()).size).toBe(ids.length);
  });

  it('keeps the main suppliers’ colours and a country’s own colour wherever it is free', () => {
    expect(seriesColors(['RUS', 'USA', 'SAU']).get('RUS')).toBe(seriesColors(['SAU', 'RUS']).get('RUS'));
    expect(seriesColors(['SAU']).get('SAU')).toBe(seriesColors(['RUS', 'SAU', 'FRA']).get('SAU'));
    expect(seriesColors(['USA', 'UKR']).get('UKR')).not.toBe(seriesColors(['USA']).get('USA'));
  });
});
