import type { CountrySummary } from '../api/contract.ts';

export const MERGED_RUSSIA = 'Russia (incl. Soviet Union)';

/** Names for ids as every view shows them: Russia says when it includes the Soviet Union, and "other" is Other. */
export function countryNamer(countries: readonly CountrySummary[], mergeSoviet: boolean): (id: string) => string {
  const names = new Map(countries.map((c) => [c.id, c.name]));
  return (id) => (id === 'RUS' && mergeSoviet ? MERGED_RUSSIA : id === 'other' ? 'Other' : (names.get(id) ?? id));
}
