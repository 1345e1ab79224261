import { describe, expect, it } from 'vitest';
import type { CountrySummary } from '../../src/api/contract.ts';
import { searchCountries } from '../../src/domain/country-search.ts';

const country = (id: string, name: string, deals = 1): CountrySummary => ({ id, name, kind: 'state', supplies: true, receives: true, deals, region: null, subregion: null });
// By name, as the API lists them.
const COUNTRIES = [
  country('BLR', 'Belarus'),
  country('CYP', 'Cyprus'),
  country('PRK', 'North Korea'),
  country('RUS', 'Russia'),
  country('KOR', 'South Korea'),
  country('SUN', 'Soviet Union'),
  country('GBR', 'United Kingdom'),
  country('USA', 'United States'),
];
const names = (text: string) => searchCountries(COUNTRIES, text).map((c) => c.name);

describe('searchCountries', () => {
  it('puts names that start with the text before names that only contain it', () => {
    expect(names('rus')).toEqual(['Russia', 'Belarus', 'Cyprus']);
  });

  it('ranks a word that starts with the text above a match inside a word', () => {
    expect(names('korea')).toEqual(['North Korea', 'South Korea']);
    expect(names('un')).toEqual(['United Kingdom', 'United States', 'Soviet Union']);
  });

  it('finds a country by its id or by a common short name, first', () => {
    expect(names('usa')).toEqual(['United States']);
    expect(names(' US ')).toEqual(['United States', 'Belarus', 'Cyprus', 'Russia']);
    expect(names('uk')).toEqual(['United Kingdom']);
    expect(names('USSR')).toEqual(['Soviet Union']);
    expect(names('Great  Britain')).toEqual(['United Kingdom']);
  });

  it('puts the country that appears in more deals first among equal matches', () => {
    // As the API lists them, by name; Saudi Arabia is in far more deals than the Saints.
    const sa = [country('KNA', 'Saint Kitts and Nevis', 3), country('VCT', 'Saint Vincent and the Grenadines', 6), country('SAU', 'Saudi Arabia', 600), country('SLV', 'El Salvador', 120)];
    expect(searchCountries(sa, 'Sa').map((c) => c.name)).toEqual(['Saudi Arabia', 'Saint Vincent and the Grenadines', 'Saint Kitts and Nevis', 'El Salvador']);
    // Still a better match first: a name that starts with the text before one with a word that does.
    expect(searchCountries(sa, 'salv').map((c) => c.name)).toEqual(['El Salvador']);
    expect(searchCountries([country('BLR', 'Belarus', 900), country('RUS', 'Russia', 5)], 'rus').map((c) => c.name)).toEqual(['Russia', 'Belarus']);
  });

  it('lists every country, in order, for an empty text', () => {
    expect(names('  ')).toEqual(COUNTRIES.map((c) => c.name));
  });
});
