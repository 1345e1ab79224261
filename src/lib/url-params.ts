/**
 * Reads a view's settings from the URL, one typed value per key with its default. A value that does not
 * fit is dropped, and a sentence saying so is kept for the page's notice: a mangled link still opens.
 */
export class UrlParamReader {
  readonly notices: string[] = [];
  private readonly read = new Set<string>();

  constructor(private readonly search: URLSearchParams) {}

  /** The raw value, or null when absent; marks the key as known. */
  raw(key: string): string | null {
    this.read.add(key);
    return this.search.get(key);
  }

  drop(key: string, why: string): void {
    this.notices.push(`Ignored ${key}=“${truncate(this.search.get(key) ?? '')}”: ${why}`);
  }

  oneOf<const T extends string, F>(key: string, values: readonly T[], fallback: F): T | F {
    const value = this.raw(key);
    if (value === null) return fallback;
    if ((values as readonly string[]).includes(value)) return value as T;
    this.drop(key, `expected ${values.join(' or ')}.`);
    return fallback;
  }

  /** A whole number from a fixed list of choices. */
  choice<const T extends number>(key: string, values: readonly T[], fallback: T): T {
    const value = this.raw(key);
    if (value === null) return fallback;
    const number = Number(value);
    if (/^\d+$/.test(value) && (values as readonly number[]).includes(number)) return number as T;
    this.drop(key, `expected one of ${values.join(', ')}.`);
    return fallback;
  }

  integer(key: string, min: number, max: number, fallback: number): number;
  integer(key: string, min: number, max: number, fallback: null): number | null;
  integer(key: string, min: number, max: number, fallback: number | null): number | null {
    const value = this.raw(key);
    if (value === null) return fallback;
    const number = Number(value);
    if (/^\d{1,9}$/.test(value) && number >= min && number <= max) return number;
    this.drop(key, `expected a whole number from ${min} to ${max}.`);
    return fallback;
  }

  /** `from` and `to` within the data's years, dropping `to` if it comes before `from`. */
  years(min: number, max: number): { from: number | null; to: number | null } {
    const year = (key: string) => {
      const value = this.raw(key);
      if (value === null) return null;
      const number = Number(value);
      if (/^\d{4}$/.test(value) && number >= min && number <= max) return number;
      this.drop(key, `expected a year from ${min} to ${max}.`);
      return null;
    };
    const from = year('from');
    let to = year('to');
    if (from !== null && to !== null && from > to) {
      this.drop('to', `the end year comes before the start year ${from}.`);
      to = null;
    }
    return { from, to };
  }

  /**
   * A comma-separated list of known values; unknown ones are dropped, the rest kept. `whenNone`: for a view that
   * needs at least one value, why the fallback is shown when none is left (the notice says only that).
   */
  list(key: string, isKnown: (value: string) => boolean, fallback: readonly string[] = [], whenNone?: string): string[] {
    const value = this.raw(key);
    if (value === null) return [...fallback];
    const items = [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))];
    if (whenNone && !items.some(isKnown)) {
      this.drop(key, whenNone);
      return [...fallback];
    }
    const unknown = items.filter((item) => !isKnown(item));
    if (unknown.length) this.drop(key, `${unknown.map((item) => `“${truncate(item)}”`).join(', ')} not in the data.`);
    return items.filter((item) => isKnown(item));
  }

  /** Call last: a notice for every key no setting read. */
  finish(): string[] {
    for (const key of new Set(this.search.keys())) {
      if (!this.read.has(key)) this.notices.push(`Ignored “${truncate(key)}”: not a setting of this view.`);
    }
    return this.notices;
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A year range picked on the slider as the URL keeps it: an end at the data's first or last year is no parameter. */
export function urlYears([start, end]: readonly [number, number], data: { firstYear: number; lastYear: number }): { from: number | null; to: number | null } {
  return { from: start === data.firstYear ? null : start, to: end === data.lastYear ? null : end };
}
