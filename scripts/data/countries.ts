import isoCountries from 'i18n-iso-countries';
import type { Country } from '../../core/dataset/schema.ts';

/** A party to a deal as its name places it; its region comes later (regions.ts). */
export type Party = Pick<Country, 'id' | 'name' | 'kind'>;

/**
 * Older releases spell some names differently; map them to the 2026 spelling so deals match across
 * releases. SIPRI's 2026 file also lists North Yemen under two names: we merge them as "North Yemen".
 * The 2022 pair-by-year tables capitalise the unknowns and name Libya's Tripoli government
 * (`Libya GNC`), which later releases list as Libya.
 */
const ALIASES: Readonly<Record<string, string>> = {
  UAE: 'United Arab Emirates',
  'HoR (Libya)*': 'House of Representatives (Libya)*',
  'Libya HoR*': 'House of Representatives (Libya)*',
  'Libya GNC': 'Libya',
  'PIJ (Israel/Palestine)*': 'Palestinian Islamic Jihad (Israel/Palestine)*',
  'Yemen Arab Republic (North Yemen)': 'North Yemen',
  'Yemen Arab Republic': 'North Yemen',
  Turkey: 'Turkiye',
  'PKK (Turkey)*': 'PKK (Turkiye)*',
  'Unknown supplier(s)': 'unknown supplier(s)',
  'Unknown recipient(s)': 'unknown recipient(s)',
  'Unknown rebel group*': 'unknown rebel group*',
};

/** States whose SIPRI name i18n-iso-countries does not know, or knows under another code (Kosovo: XKX, not XKK). */
const STATE_IDS: Readonly<Record<string, string>> = {
  'Bosnia-Herzegovina': 'BIH',
  Brunei: 'BRN',
  'Cabo Verde': 'CPV',
  'DR Congo': 'COD',
  Kosovo: 'XKX',
  Laos: 'LAO',
  Micronesia: 'FSM',
  Moldova: 'MDA',
  'Saint Vincent': 'VCT',
  Syria: 'SYR',
  Turkiye: 'TUR',
  'Viet Nam': 'VNM',
};

/**
 * States that no longer exist. Biafra and Katanga had no code of their own: lowercase slugs.
 * Northern Cyprus is not here: it still exists but is recognised only by Turkiye and has no ISO
 * code, so it is listed as `non-state` (below), the kind the app uses for actors other than states.
 */
const HISTORICAL_IDS: Readonly<Record<string, string>> = {
  'Soviet Union': 'SUN',
  Czechoslovakia: 'CSK',
  Yugoslavia: 'YUG',
  'East Germany (GDR)': 'DDR',
  'North Yemen': 'YAR',
  'South Yemen': 'YMD',
  'South Vietnam': 'RVN',
  Biafra: 'biafra',
  Katanga: 'katanga',
};

const UNKNOWN_IDS: Readonly<Record<string, string>> = {
  'unknown supplier(s)': 'unknown-supplier',
  'unknown recipient(s)': 'unknown-recipient',
  'unknown rebel group*': 'unknown-rebel-group',
};

export class UnmappedCountryError extends Error {
  override name = 'UnmappedCountryError';
}

/** `Hezbollah (Lebanon)*` → `hezbollah-lebanon`. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The stable id, kind and display name of a SIPRI supplier or recipient name, from any release.
 * Throws on a name it cannot place, so a new spelling is noticed rather than silently split.
 */
export function resolveCountry(sipriName: string): Party {
  let country = resolved.get(sipriName);
  if (!country) resolved.set(sipriName, (country = resolveUncached(sipriName)));
  return country;
}

// getAlpha3Code scans every country's names: resolve each distinct name once.
const resolved = new Map<string, Party>();

function resolveUncached(sipriName: string): Party {
  const name = ALIASES[sipriName] ?? sipriName;
  const unknown = UNKNOWN_IDS[name];
  if (unknown) return { id: unknown, name, kind: 'unknown' };
  if (name.endsWith('**')) return { id: slug(name), name, kind: 'organisation' };
  if (name.endsWith('*') || name === 'Northern Cyprus') return { id: slug(name), name, kind: 'non-state' };
  const historical = HISTORICAL_IDS[name];
  if (historical) return { id: historical, name, kind: 'historical' };
  const id = STATE_IDS[name] ?? isoCountries.getAlpha3Code(name, 'en');
  if (!id) throw new UnmappedCountryError(`unmapped country name "${sipriName}"`);
  return { id, name, kind: 'state' };
}
