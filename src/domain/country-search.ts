import type { CountrySummary } from '../api/contract.ts';

/** Short names people type that neither SIPRI's name nor the id contains. */
const ALIASES: Readonly<Record<string, string>> = {
  us: 'USA',
  'u.s.': 'USA',
  america: 'USA',
  uk: 'GBR',
  'u.k.': 'GBR',
  britain: 'GBR',
  'great britain': 'GBR',
  ussr: 'SUN',
  uae: 'ARE',
  drc: 'COD',
};

/**
 * The countries a typed text finds, best first: the id or a common short name ("US", "UK", "USSR"), then names
 * that start with the text, then names with a word that does ("Korea"), then names that contain it. Within each,
 * the countries that appear in more deals first, then the list's own order (by name). So "rus" puts Russia before
 * Belarus, "sa" Saudi Arabia before Saint Kitts and Nevis, and Enter picks them.
 */
export function searchCountries<C extends CountrySummary>(countries: readonly C[], text: string): C[] {
  const needle = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!needle) return [...countries];
  const aliasId = ALIASES[needle];
  const rankOf = (country: C): number | null => {
    if (country.id.toLowerCase() === needle || country.id === aliasId) return 0;
    const name = country.name.toLowerCase();
    const at = name.indexOf(needle);
    if (at === 0) return 1;
    if (at < 0) return null;
    return name.split(/[\s(/-]+/).some((word) => word.startsWith(needle)) ? 2 : 3;
  };
  const ranked = countries.flatMap((country) => {
    const rank = rankOf(country);
    return rank === null ? [] : [{ country, rank }];
  });
  // Array.prototype.sort is stable: the list's order holds between equals.
  return ranked.sort((a, b) => a.rank - b.rank || b.country.deals - a.country.deals).map(({ country }) => country);
}
