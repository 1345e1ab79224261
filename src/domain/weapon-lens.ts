import { possessiveOf } from './country-names.ts';
import { formatDeals, formatShare } from './format.ts';

/**
 * The weapon lens: which weapons a chart counts, and every sentence that says so. One place for the wording, so a
 * title, a caption, a readout, a CSV and a picture name the same filter in the same words.
 */

/** The weapons a view counts: SIPRI armament categories (none: all) and a text in a deal's designation, description
 * or comments (empty: any), with the meaning the API's `category` and `q` have. */
export interface WeaponLens {
  categories: readonly string[];
  /** As typed; compared trimmed. */
  weapon: string;
}

export const ALL_WEAPONS: WeaponLens = { categories: [], weapon: '' };

/** The lens's text as the API matches it (the API also ignores case). */
export function weaponText(lens: WeaponLens): string {
  return lens.weapon.trim();
}

export function isNarrowed(lens: WeaponLens): boolean {
  return lens.categories.length > 0 || weaponText(lens) !== '';
}

/**
 * Units of different weapons add up to nothing (a helicopter and a radar are one unit each): a chart offers them
 * only where a weapon's text or a single category narrows what it counts.
 */
export function unitsMakeSense(lens: WeaponLens): boolean {
  return weaponText(lens) !== '' || lens.categories.length === 1;
}

export const UNITS_NEED_A_LENS =
  'Units are offered once a weapon search or a single category narrows the view: units of different weapons do not add up.';

/** The categories as nouns within a sentence ("aircraft and ships"); an unknown one lower-cased. */
const PLURAL: Readonly<Record<string, string>> = {
  Aircraft: 'aircraft',
  'Air-defence systems': 'air-defence systems',
  'Armoured vehicles': 'armoured vehicles',
  Artillery: 'artillery',
  Engines: 'engines',
  Missiles: 'missiles',
  'Naval weapons': 'naval weapons',
  Satellites: 'satellites',
  Sensors: 'sensors',
  Ships: 'ships',
  Other: 'other weapons',
};
/** The categories before a noun ("aircraft and ship imports"); "Other" has no such form ("imports of other weapons"). */
const MODIFIER: Readonly<Record<string, string>> = {
  Aircraft: 'aircraft',
  'Air-defence systems': 'air-defence system',
  'Armoured vehicles': 'armoured vehicle',
  Artillery: 'artillery',
  Engines: 'engine',
  Missiles: 'missile',
  'Naval weapons': 'naval weapon',
  Satellites: 'satellite',
  Sensors: 'sensor',
  Ships: 'ship',
};

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listed(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

const quoted = (text: string) => `“${text}”`;

export function capitalize(text: string): string {
  return text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

/**
 * The filter on its own, as a label: "Aircraft only", "Aircraft and Ships only", "Weapons matching “mi-35”",
 * "Aircraft matching “mi-35”"; null when every weapon counts.
 */
export function lensLabel(lens: WeaponLens): string | null {
  const text = weaponText(lens);
  const categories = listed(lens.categories);
  if (categories && text) return `${categories} matching ${quoted(text)}`;
  if (categories) return `${categories} only`;
  if (text) return `Weapons matching ${quoted(text)}`;
  return null;
}

/** A title with the filter after it: "Russia → India, 2018 (Aircraft only)"; as it is when every weapon counts. */
export function withLensLabel(title: string, lens: WeaponLens): string {
  const label = lensLabel(lens);
  return label ? `${title} (${label})` : title;
}

/** What a CSV row or a picture says it counts: the label, or "All major arms" (SIPRI covers major conventional arms). */
export function weaponsCounted(lens: WeaponLens): string {
  return lensLabel(lens) ?? 'All major arms';
}

/** The categories as plural nouns in a sentence: "aircraft and ships" ('' for none). */
const categoryNouns = (lens: WeaponLens) => listed(lens.categories.map((c) => PLURAL[c] ?? c.toLowerCase()));

/** The weapons counted, within a sentence: "arms", "aircraft", "aircraft and ships", "weapons matching “mi-35”". */
export function lensWeapons(lens: WeaponLens): string {
  const text = weaponText(lens);
  const nouns = categoryNouns(lens);
  if (nouns && text) return `${nouns} matching ${quoted(text)}`;
  if (nouns) return nouns;
  if (text) return `weapons matching ${quoted(text)}`;
  return 'arms';
}

/**
 * A flow of the weapons counted, within a sentence: `lensFlow(lens, 'imports')` is "arms imports", "aircraft imports",
 * "aircraft and ship imports", "imports of other weapons", "imports of weapons matching “mi-35”".
 */
export function lensFlow(lens: WeaponLens, flow: string): string {
  if (!isNarrowed(lens)) return `arms ${flow}`;
  const modifiers = lens.categories.map((c) => MODIFIER[c]);
  if (!weaponText(lens) && modifiers.every(Boolean)) return `${listed(modifiers as string[])} ${flow}`;
  return `${flow} of ${lensWeapons(lens)}`;
}

/** "India’s", "the United States’", "the world’s" (null: the world). */
function possessive(owner: string | null): string {
  return owner === null ? 'the world’s' : possessiveOf(owner);
}

/** The whole a share is of: "India’s aircraft imports", "the world’s arms exports". */
export function shareWhole(lens: WeaponLens, owner: string | null, flow: 'imports' | 'exports'): string {
  return `${possessive(owner)} ${lensFlow(lens, flow)}`;
}

/** "Russia: 18% of India’s aircraft imports, 2021–2025": a share of a filtered view is a share of that filtered total. */
export function shareSentence(name: string, share: number, whole: string, years: string): string {
  return `${name}: ${formatShare(share)} of ${whole}, ${years}`;
}

/**
 * Under a filtered chart, what its numbers are: "Aircraft only: every value counts only the matching deals, and a
 * share is a share of their total." Null when every weapon counts.
 */
export function lensNote(lens: WeaponLens): string | null {
  const label = lensLabel(lens);
  if (!label) return null;
  const where = weaponText(lens) ? ' (in a deal’s designation, description or comments)' : '';
  return `${label}${where}: every value counts only the matching deals, and a share is a share of their total.`;
}

/**
 * When a view has nothing to draw: "No aircraft deliveries to Pakistan in 2021–2025 match “xyz”.", or without a
 * text "No aircraft deliveries to Pakistan are recorded in 2021–2025.". `scope`: "to Pakistan", "from Russia",
 * "between these pairs", or "" for the world.
 */
export function noMatchSentence(lens: WeaponLens, scope: string, years: string): string {
  const text = weaponText(lens);
  const deliveries = lens.categories.length ? lensFlow({ categories: lens.categories, weapon: '' }, 'deliveries') : 'deliveries';
  const what = [deliveries, scope].filter(Boolean).join(' ');
  return text ? `No ${what} in ${years} match ${quoted(text)}.` : `No ${what} are recorded in ${years}.`;
}

/**
 * The weapon search's hint: how many deals the lens leaves, "3 deals from Russia to Pakistan match, in any year.", or,
 * when none of the view's do, how many match in the whole register. `scope`: "from Russia to Pakistan", or null for
 * the world (then `inView` is the whole register's count).
 */
export function matchingDealsHint(inView: number, scope: string | null, inAll?: number): string {
  const where = scope ? ` ${scope}` : '';
  if (inView > 0) return `${formatDeals(inView)}${where} ${inView === 1 ? 'matches' : 'match'}, in any year.`;
  if (!scope || inAll === undefined) return `No deal${where} matches.`;
  return inAll > 0
    ? `No deal${where} matches; ${formatDeals(inAll)} ${inAll === 1 ? 'matches' : 'match'} in the whole register.`
    : 'No deal in the whole register matches.';
}

/** The weapons counted in a word or two, for a summary of settings: "aircraft", "aircraft and ships", "“mi-35”",
 * "aircraft, “mi-35”"; null when every weapon counts. */
export function lensWords(lens: WeaponLens): string | null {
  const text = weaponText(lens);
  return [categoryNouns(lens), text && quoted(text)].filter(Boolean).join(', ') || null;
}
