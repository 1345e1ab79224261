/**
 * `memo`'s comparison with lists compared by their items: reading the URL makes new lists at every change of it,
 * so a filter whose own values are unchanged would otherwise render again.
 */
export function sameProps<P extends object>(before: P, after: P): boolean {
  const keys = Object.keys(after) as Array<keyof P>;
  return keys.length === Object.keys(before).length && keys.every((key) => sameValue(before[key], after[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
