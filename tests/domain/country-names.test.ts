import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../../src/api/contract.ts';
import { countryNamer } from '../../src/domain/country-names.ts';

const countries: CountrySummary[] = [
  { id: 'RUS', name: 'Russia', kind: 'state', supplies: true, receives: true, deals: 1, region: null, subregion: null },
  { id: 'SUN', name: 'Soviet Union', kind: 'historical', supplies: true, receives: false, deals: 1, region: null, subregion: null },
];

describe('countryNamer', () => {
  it('says when Russia includes the Soviet Union, names Other, and falls back to the id', () => {
    expect(countryNamer(countries, true)('RUS')).toBe('Russia (incl. Soviet Union)');
    expect(countryNamer(countries, false)('RUS')).toBe('Russia');
    expect(countryNamer(countries, false)('SUN')).toBe('Soviet Union');
    expect(countryNamer(countries, true)('other')).toBe('Other');
    expect(countryNamer(countries, true)('XYZ')).toBe('XYZ');
  });
});
