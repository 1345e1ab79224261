import type { CountrySummary } from '../api/contract.ts';

export const MERGED_RUSSIA = 'Russia (incl. Soviet Union)';

/** Names for ids as every view shows them: Russia says when it includes the Soviet Union, and "other" is Other. */
export function countryNamer(countries: readonly CountrySummary[], mergeSoviet: boolean): (id: string) => string {
  const names = new Map(countries.map((c) => [c.id, c.name]));
  return (id) => (id === 'RUS' && mergeSoviet ? MERGED_RUSSIA : id === 'other' ? 'Other' : (names.get(id) ?? id));
}

/** Names English puts "the" before inside a sentence: "the United States", "the Netherlands", "the European Union". */
const WITH_THE = /^(United |Soviet Union|Bahamas|Central African Republic|Comoros|Dominican Republic|Gambia|Maldives|Netherlands|Philippines|Seychelles|Solomon Islands|African Union|European Union)/;

/** A country's name inside a sentence: "India", "the United States". */
export function inSentence(name: string): string {
  return WITH_THE.test(name) ? `the ${name}` : name;
}

/** "India’s", "the United Kingdom’s", and a plural name's bare apostrophe: "the United States’", "the Philippines’". */
export function possessiveOf(name: string): string {
  return WITH_THE.test(name) && name.endsWith('s') ? `${inSentence(name)}’` : `${inSentence(name)}’s`;
}
