import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../../src/api/contract.ts';
import { countryNamer, inSentence, possessiveOf } from '../../src/domain/country-names.ts';

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

describe('a name inside a sentence', () => {
  it('puts "the" where English does, and a bare apostrophe after a plural name', () => {
    expect(possessiveOf('India')).toBe('India’s');
    expect(possessiveOf('United Kingdom')).toBe('the United Kingdom’s');
    expect(possessiveOf('United States')).toBe('the United States’');
    expect(possessiveOf('Philippines')).toBe('the Philippines’');
    expect(possessiveOf('Netherlands')).toBe('the Netherlands’');
    expect(possessiveOf('Cyprus')).toBe('Cyprus’s');
    expect(possessiveOf('Russia (incl. Soviet Union)')).toBe('Russia (incl. Soviet Union)’s');
    expect(inSentence('United States')).toBe('the United States');
    expect(inSentence('Pakistan')).toBe('Pakistan');
  });
});
