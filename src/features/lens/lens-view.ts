import { weaponText, type WeaponLens } from '../../domain/weapon-lens.ts';
import type { UrlParamReader } from '../../lib/url-params.ts';

/** The weapon lens in a view's URL: `category` (a comma list) and `weapon` (text), as /shares and /pairs read them. */

/** As the API's `q`. */
export const MAX_WEAPON_TEXT = 200;

/**
 * Reads `category` (SIPRI's names in any case; unknown ones dropped with a notice) and `weapon` (longer than the API
 * takes: dropped with a notice). The categories come back as /meta spells them, in its order.
 */
export function readLens(params: UrlParamReader, categories: readonly string[]): WeaponLens {
  const byLower = new Map(categories.map((name) => [name.toLowerCase(), name]));
  const chosen = new Set(params.list('category', (name) => byLower.has(name.toLowerCase())).map((name) => byLower.get(name.toLowerCase())));
  let weapon = params.raw('weapon') ?? '';
  if (weapon.length > MAX_WEAPON_TEXT) {
    params.drop('weapon', `searches are limited to ${MAX_WEAPON_TEXT} characters.`);
    weapon = '';
  }
  return { categories: categories.filter((name) => chosen.has(name)), weapon };
}

/** Writes the lens into a view's URL: nothing when every weapon counts. The text as typed, so the box keeps it. */
export function writeLens(search: URLSearchParams, lens: WeaponLens): void {
  if (lens.categories.length) search.set('category', lens.categories.join(','));
  if (weaponText(lens)) search.set('weapon', lens.weapon);
}

/** The lens as the API's parameters: the text trimmed and lower-cased (as the API matches it), so equal lenses share a
 * cache entry. The categories are in /meta's order already. */
export function lensQuery(lens: WeaponLens): { categories: readonly string[]; q: string } {
  return { categories: lens.categories, q: weaponText(lens).toLowerCase() };
}
