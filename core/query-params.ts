import { z } from './zod.ts';
import type { Dataset } from './dataset/dataset.ts';
import { ApiProblem, invalidParameter, unknownParameter } from './problem.ts';

/**
 * Query-string parsing shared by the endpoints. Parameters arrive as strings; each endpoint declares a
 * strict zod schema built from these pieces, so a typo is an error rather than silently ignored.
 */

const MAX_LIST = 50;
export const MAX_QUERY_LENGTH = 200;

/** Reads a query string into an object, rejecting a parameter given twice (which value would win is a guess). */
export function queryObject(search: URLSearchParams): Record<string, string> {
  // No prototype: a parameter named `__proto__` must stay a key the schema can reject.
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of search) {
    if (Object.hasOwn(out, key)) throw invalidParameter(key, `The parameter "${key}" is given more than once.`);
    out[key] = value;
  }
  return out;
}

/** A schema built once per dataset (its countries and categories are part of it), not once per request. */
export function perDataset<T>(build: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const built = new WeakMap<Dataset, T>();
  return (dataset) => {
    let value = built.get(dataset);
    if (value === undefined) built.set(dataset, (value = build(dataset)));
    return value;
  };
}

/** Runs a schema over the query and turns the first issue into the API's 400 answer. */
export function parseQuery<T extends z.ZodMiniType>(schema: T, search: URLSearchParams): z.output<T> {
  const result = schema.safeParse(queryObject(search));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') return throwProblem(unknownParameter(issue.keys[0]!));
  const parameter = String(issue.path[0] ?? '');
  const code = issue.message.startsWith('Unknown country') ? 'unknown_country' : 'invalid_parameter';
  return throwProblem(new ApiProblem(400, code, issue.message, parameter));
}

function throwProblem(problem: ApiProblem): never {
  throw problem;
}

export function integer(name: string, min: number, max: number) {
  const digits = z.string().check(z.regex(/^-?\d{1,9}$/, `${name} must be a whole number.`));
  return z
    .pipe(digits, z.transform((value: string) => Number(value)))
    .check(z.refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}.`));
}

export function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, { error: `${name} must be one of: ${values.join(', ')}.` });
}

export function boolean(name: string) {
  return z.pipe(
    z.enum(['true', 'false'], { error: `${name} must be true or false.` }),
    z.transform((v) => v === 'true'),
  );
}

export function countryId(dataset: Dataset, name: string) {
  return z.string().check(
    z.refine((id) => dataset.countries.has(id), {
      error: (issue) => `Unknown country id "${String(issue.input)}" in ${name}; see /api/v1/countries.`,
    }),
  );
}

/** A comma-separated list; empty items are ignored and duplicates dropped, so the result can key a cache. */
export function list<T extends z.ZodMiniType<unknown, string>>(name: string, item: T) {
  const split = z
    .pipe(z.string(), z.transform((value: string) => [...new Set(value.split(',').map((v) => v.trim()).filter(Boolean))]))
    .check(
      z.refine((items) => items.length > 0, `${name} must list at least one value.`),
      z.refine((items) => items.length <= MAX_LIST, `${name} may list at most ${MAX_LIST} values.`),
    );
  return z.pipe(split, z.array(item));
}

/** `from` and `to` within the dataset's years, defaulting to the whole range, with from ≤ to. */
export function yearRange(minYear: number, maxYear: number) {
  return {
    from: z.optional(integer('from', minYear, maxYear)),
    to: z.optional(integer('to', minYear, maxYear)),
  };
}

export function resolveYears(
  query: { from?: number | undefined; to?: number | undefined },
  minYear: number,
  maxYear: number,
): { from: number; to: number } {
  const from = query.from ?? minYear;
  const to = query.to ?? maxYear;
  if (from > to) throw invalidParameter('from', `from (${from}) must not be after to (${to}).`);
  return { from, to };
}

/** Matches a name case-insensitively against a fixed list and returns it as the data spells it. */
export function named(name: string, values: readonly string[]) {
  const byLower = new Map(values.map((v) => [v.toLowerCase(), v]));
  return z
    .pipe(z.string(), z.transform((v: string) => byLower.get(v.toLowerCase()) ?? v))
    .check(z.refine((v) => values.includes(v), `${name} must be one of: ${values.join(', ')}.`));
}

/** The weapons a query counts: armament categories, and a text in a deal's designation, description or comments. */
export interface Lens {
  /** Empty: every category. */
  categories: string[];
  /** Lower-cased and trimmed; empty: no text filter. */
  text: string;
}

/** The parameters of the weapon lens, with the same meaning in /deals, /shares and /transfers. */
export function lensParameters(dataset: Dataset) {
  return {
    category: z.optional(list('category', named('category', dataset.categories))),
    q: z.optional(z.string().check(z.maxLength(MAX_QUERY_LENGTH, `q may be at most ${MAX_QUERY_LENGTH} characters.`))),
  };
}

export function resolveLens(query: { category?: string[] | undefined; q?: string | undefined }): Lens {
  return { categories: query.category ?? [], text: (query.q ?? '').trim().toLowerCase() };
}
