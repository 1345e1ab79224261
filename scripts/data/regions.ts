import type { Country } from '../../core/dataset/schema.ts';
import { BREAKAWAY_STATES, SUCCESSOR_STATES } from '../../src/domain/successor-states.ts';
import { resolveCountry } from './countries.ts';

/**
 * SIPRI's regions and subregions, as its Yearbook and fact sheets report arms transfers and military spending:
 * Egypt and Turkiye are in the Middle East, Afghanistan in South Asia, Mexico in Central America and the
 * Caribbean, the Baltic states and the Western Balkans in Central Europe, Russia, Ukraine and the Caucasus in
 * Eastern Europe.
 */
export const SUBREGIONS = {
  Africa: ['North Africa', 'sub-Saharan Africa'],
  Americas: ['Central America and the Caribbean', 'North America', 'South America'],
  'Asia and Oceania': ['Central Asia', 'East Asia', 'Oceania', 'South Asia', 'South East Asia'],
  Europe: ['Central Europe', 'Eastern Europe', 'Western Europe'],
  'Middle East': ['Middle East'],
} as const;

export type Region = keyof typeof SUBREGIONS;
export type Subregion = (typeof SUBREGIONS)[Region][number];
export const REGIONS = Object.keys(SUBREGIONS) as Region[];

export interface RegionOf {
  region: Region;
  subregion: Subregion;
}

/** The states of each subregion, by ISO 3166-1 alpha-3 (Kosovo XKX). */
const STATES: Readonly<Record<Subregion, readonly string[]>> = {
  'North Africa': ['DZA', 'ESH', 'LBY', 'MAR', 'TUN'],
  'sub-Saharan Africa': [
    'AGO', 'BDI', 'BEN', 'BFA', 'BWA', 'CAF', 'CIV', 'CMR', 'COD', 'COG', 'COM', 'CPV', 'DJI', 'ERI', 'ETH', 'GAB',
    'GHA', 'GIN', 'GMB', 'GNB', 'GNQ', 'KEN', 'LBR', 'LSO', 'MDG', 'MLI', 'MOZ', 'MRT', 'MUS', 'MWI', 'NAM', 'NER',
    'NGA', 'RWA', 'SDN', 'SEN', 'SLE', 'SOM', 'SSD', 'SWZ', 'SYC', 'TCD', 'TGO', 'TZA', 'UGA', 'ZAF', 'ZMB', 'ZWE',
  ],
  'Central America and the Caribbean': [
    'ABW', 'ATG', 'BHS', 'BLZ', 'BRB', 'CRI', 'CUB', 'DOM', 'GRD', 'GTM', 'HND', 'HTI', 'JAM', 'KNA', 'MEX', 'NIC',
    'PAN', 'SLV', 'TTO', 'VCT',
  ],
  'North America': ['CAN', 'USA'],
  'South America': ['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'ECU', 'GUY', 'PER', 'PRY', 'SUR', 'URY', 'VEN'],
  'Central Asia': ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
  'East Asia': ['CHN', 'JPN', 'KOR', 'MNG', 'PRK', 'TWN'],
  Oceania: ['AUS', 'FJI', 'NZL', 'PNG', 'SLB', 'TON', 'VUT'],
  'South Asia': ['AFG', 'BGD', 'BTN', 'IND', 'LKA', 'MDV', 'NPL', 'PAK'],
  'South East Asia': ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'],
  'Central Europe': ['ALB', 'BGR', 'BIH', 'CZE', 'EST', 'HRV', 'HUN', 'LTU', 'LVA', 'MKD', 'MNE', 'POL', 'ROU', 'SRB', 'SVK', 'SVN', 'XKX'],
  'Eastern Europe': ['ARM', 'AZE', 'BLR', 'GEO', 'MDA', 'RUS', 'UKR'],
  'Western Europe': [
    'AUT', 'BEL', 'CHE', 'CYP', 'DEU', 'DNK', 'ESP', 'FIN', 'FRA', 'GBR', 'GRC', 'IRL', 'ISL', 'ITA', 'LUX', 'MLT',
    'NLD', 'NOR', 'PRT', 'SWE',
  ],
  'Middle East': ['ARE', 'BHR', 'EGY', 'IRN', 'IRQ', 'ISR', 'JOR', 'KWT', 'LBN', 'OMN', 'PSE', 'QAT', 'SAU', 'SYR', 'TUR', 'YEM'],
};

const STATE_REGIONS: ReadonlyMap<string, RegionOf> = (() => {
  const table = new Map<string, RegionOf>();
  for (const region of REGIONS) {
    for (const subregion of SUBREGIONS[region] as readonly Subregion[]) {
      for (const id of STATES[subregion]) {
        const earlier = table.get(id);
        if (earlier) throw new Error(`${id} is in both ${earlier.subregion} and ${subregion}`);
        table.set(id, { region, subregion });
      }
    }
  }
  return table;
})();

/**
 * Armed groups whose name does not place them by a country in parentheses, or places them by another: the
 * liberation movements SIPRI names after the colonial power (`FRELIMO (Portugal)*`) fought, and got their weapons,
 * in the colony.
 */
const ARMED_GROUP_COUNTRIES: Readonly<Record<string, string>> = {
  'frelimo-portugal': 'MOZ',
  'mpla-portugal': 'AGO',
  'paigc-portugal': 'GNB',
  'viet-minh-france': 'VNM',
  'nla-macedonia': 'MKD',
  'haiti-rebels': 'HTI',
  'indonesia-rebels': 'IDN',
  'lebanon-palestinian-rebels': 'LBN',
  'syria-rebels': 'SYR',
  'ukraine-rebels': 'UKR',
  'northern-cyprus': 'CYP',
};

export class UnplacedCountryError extends Error {
  override name = 'UnplacedCountryError';
}

/**
 * SIPRI's region and subregion of a country in the data: a state's own; a historical state's successor's (the
 * Soviet Union's is Russia's); an armed group's country's, from its name's parentheses (`Hezbollah (Lebanon)*` is in
 * the Middle East); none for organisations and unknown parties. Throws for a state or group it cannot place, so a
 * new one in a new release is noticed.
 */
export function regionOf(country: Pick<Country, 'id' | 'name' | 'kind'>): RegionOf | null {
  switch (country.kind) {
    case 'state': {
      const found = STATE_REGIONS.get(country.id);
      if (!found) throw new UnplacedCountryError(`no SIPRI region for the state ${country.id} (${country.name}); add it to scripts/data/regions.ts`);
      return found;
    }
    case 'historical': {
      const successor = SUCCESSOR_STATES[country.id]?.[0] ?? BREAKAWAY_STATES[country.id];
      if (!successor) throw new UnplacedCountryError(`no successor state for ${country.id} (${country.name}); add it to src/domain/successor-states.ts`);
      return regionOf({ id: successor, name: successor, kind: 'state' });
    }
    case 'non-state': {
      const home = ARMED_GROUP_COUNTRIES[country.id];
      return regionOf(home ? { id: home, name: home, kind: 'state' } : resolveCountry(countryInParentheses(country)));
    }
    case 'organisation':
    case 'unknown':
      return null;
  }
}

/** The country in an armed group's name: `PLO (Israel)*` → "Israel"; `PRC (Israel/Palestine)*` → "Israel". */
function countryInParentheses({ id, name }: Pick<Country, 'id' | 'name'>): string {
  const inParentheses = /\(([^)]+)\)\*?$/.exec(name)?.[1]?.split('/')[0];
  if (!inParentheses) throw new UnplacedCountryError(`no country in the name of the armed group ${id} (${name}); add it to ARMED_GROUP_COUNTRIES`);
  return inParentheses;
}

/** Every country of a list with its region and subregion (null for organisations and unknowns), by id. */
export function regionTable(countries: ReadonlyArray<Pick<Country, 'id' | 'name' | 'kind'>>): Record<string, RegionOf | null> {
  return Object.fromEntries(countries.map((country) => [country.id, regionOf(country)]));
}
