import { z } from '../zod.ts';
import {
  DEAL_SORT_FIELDS as SORT_FIELDS,
  type DealDetail,
  type DealSortField as SortField,
  type DealsFacets,
  type DealsResponse,
  type DealsSummary,
} from '../../src/api/contract.ts';
import type { Dataset, DealRecord, Register } from '../dataset/dataset.ts';
import { ApiProblem } from '../problem.ts';
import { boolean, countryId, integer, lensParameters, list, named, oneOf, parameterDocs, parseQuery, perDataset, resolveLens, yearRange } from '../query-params.ts';
import { roundTiv } from '../../src/domain/round-tiv.ts';
import { inRegions, regionNames } from '../regions.ts';
import { countryFolder } from '../soviet-merge.ts';


export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export interface DealsQuery {
  /** With mergeSoviet, folded: a filter for Russia matches the Soviet Union's deals too. */
  suppliers: string[];
  recipients: string[];
  /** SIPRI regions or subregions (or NO_REGION_ID) the supplier, and the recipient, must be in (core/regions.ts). */
  supplierRegions: string[];
  recipientRegions: string[];
  categories: string[];
  statuses: string[];
  text: string;
  /** null: no year filter. */
  years: { from: number; to: number; of: 'order' | 'delivery' } | null;
  sort: { field: SortField; direction: 'asc' | 'desc' };
  page: number;
  pageSize: number;
  /** The Soviet Union counts as Russia in the country filters and their facets, as in /shares and /transfers. */
  mergeSoviet: boolean;
}

/** The query of /deals; /deals.csv takes the same but for the paging. */
export const dealsSchema = perDataset((dataset) =>
  z.strictObject({
    supplier: z.optional(list('supplier', countryId(dataset, 'supplier'))),
    recipient: z.optional(list('recipient', countryId(dataset, 'recipient'))),
    supplierRegion: z.optional(list('supplierRegion', named('supplierRegion', regionNames(dataset.countryList)))),
    recipientRegion: z.optional(list('recipientRegion', named('recipientRegion', regionNames(dataset.countryList)))),
    ...lensParameters(dataset),
    status: z.optional(list('status', named('status', dataset.statuses))),
    ...yearRange(dataset.firstOrderYear, dataset.lastYear),
    yearOf: z.optional(oneOf('yearOf', ['order', 'delivery'])),
    sort: z.optional(
      z.string().check(
        z.regex(
          new RegExp(`^(${SORT_FIELDS.join('|')}):(asc|desc)$`),
          `sort must be field:asc or field:desc, with field one of: ${SORT_FIELDS.join(', ')}.`,
        ),
      ),
    ),
    page: z.optional(integer('page', 1, 1_000_000)),
    pageSize: z.optional(integer('pageSize', 1, MAX_PAGE_SIZE)),
    mergeSoviet: z.optional(boolean('mergeSoviet')),
  }),
);

export function parseDealsQuery(dataset: Dataset, search: URLSearchParams): DealsQuery {
  return toDealsQuery(dataset, parseQuery(dealsSchema(dataset), search));
}

/** The parsed parameters with their defaults (the CSV export's have no paging: the first page of 50). */
export function toDealsQuery(dataset: Dataset, q: z.output<ReturnType<typeof dealsSchema>>): DealsQuery {
  const from = q.from ?? dataset.firstOrderYear;
  const to = q.to ?? dataset.lastYear;
  if (from > to) throw new ApiProblem(400, 'invalid_parameter', `from (${from}) must not be after to (${to}).`, 'from');
  const [field, direction] = (q.sort ?? 'id:asc').split(':') as [SortField, 'asc' | 'desc'];
  const { categories, text } = resolveLens(q);
  const mergeSoviet = q.mergeSoviet ?? false;
  const fold = countryFolder(mergeSoviet);
  const folded = (ids: readonly string[] | undefined) => [...new Set((ids ?? []).map(fold))];
  return {
    suppliers: folded(q.supplier),
    recipients: folded(q.recipient),
    supplierRegions: [...new Set(q.supplierRegion ?? [])],
    recipientRegions: [...new Set(q.recipientRegion ?? [])],
    categories,
    statuses: q.status ?? [],
    text,
    years: q.from === undefined && q.to === undefined ? null : { from, to, of: q.yearOf ?? 'delivery' },
    sort: { field, direction },
    page: q.page ?? 1,
    pageSize: q.pageSize ?? DEFAULT_PAGE_SIZE,
    mergeSoviet,
  };
}

type Facet = keyof DealsFacets;
const FACETS: readonly Facet[] = ['supplier', 'recipient', 'category', 'status'];
const [SUPPLIER, RECIPIENT] = [FACETS.indexOf('supplier'), FACETS.indexOf('recipient')];

/**
 * The deals as columns by deal index (ids are register positions from 1, see core/dataset/dataset.ts), built
 * once per register: a filter over 29,916 deals reads typed arrays and plain lists, not each deal's object.
 */
interface DealColumns {
  /** codes[f][i]: the code of deal i's value for FACETS[f]; values[f][code] is the value it stands for. */
  codes: Int32Array[];
  values: string[][];
  /** Lower-cased designation, description and comments. Built here, on the first request that needs them, rather
   * than with the register. */
  searchText: string[];
  /** The summary's terms, an unknown TIV counting as 0. */
  tivDelivered: Float64Array;
  tivOrdered: Float64Array;
  tivPending: Float64Array;
  /** 1 when fewer were delivered than ordered (the number ordered being known). */
  pending: Uint8Array;
}

// Memoised, since the data never changes while loaded: the columns are built once, every order is sorted once,
// and the last filter's result is kept, so paging through it does not filter again.
const columns = new WeakMap<Register, DealColumns>();
const orders = new WeakMap<Register, Map<string, Int32Array>>();
let lastMatches: { register: Register; key: string; result: Matches } | null = null;
let lastText: { register: Register; text: string; found: Int32Array } | null = null;

function columnsOf(register: Register): DealColumns {
  let built = columns.get(register);
  if (!built) {
    const { deals } = register;
    const codes = FACETS.map(() => new Int32Array(deals.length));
    const values = FACETS.map(() => [] as string[]);
    FACETS.forEach((facet, f) => {
      const codeOf = new Map<string, number>();
      deals.forEach((deal, i) => {
        let code = codeOf.get(deal[facet]);
        if (code === undefined) {
          code = values[f]!.push(deal[facet]) - 1;
          codeOf.set(deal[facet], code);
        }
        codes[f]![i] = code;
      });
    });
    built = {
      codes,
      values,
      searchText: deals.map((deal) => `${deal.designation}\n${deal.description}\n${deal.comments}`.toLowerCase()),
      tivDelivered: Float64Array.from(deals, (deal) => deal.tivDelivered ?? 0),
      tivOrdered: Float64Array.from(deals, (deal) => deal.tivOrder ?? 0),
      tivPending: Float64Array.from(deals, (deal) =>
        deal.tivOrder === null ? 0 : Math.max(0, deal.tivOrder - (deal.tivDelivered ?? 0)),
      ),
      pending: Uint8Array.from(deals, (deal) =>
        deal.numberOrdered !== null && (deal.numberDelivered ?? 0) < deal.numberOrdered ? 1 : 0,
      ),
    };
    columns.set(register, built);
  }
  return built;
}

interface Matches {
  matches: DealRecord[];
  facets: DealsFacets;
  summary: DealsSummary;
}

/** Deal indices in the requested order. */
function dealsInOrder(register: Register, { field, direction }: DealsQuery['sort']): Int32Array {
  const byOrder = orders.get(register) ?? new Map<string, Int32Array>();
  orders.set(register, byOrder);
  const key = `${field}:${direction}`;
  let sorted = byOrder.get(key);
  if (!sorted) {
    sorted = Int32Array.from(sortDeals(register.deals, field, direction), (deal) => deal.id - 1);
    byOrder.set(key, sorted);
  }
  return sorted;
}

/** The TIV a deal delivered in the years asked for, by its allocation to years of delivery. */
function deliveredWithin(deal: DealRecord, { from, to }: NonNullable<DealsQuery['years']>): number {
  let tiv = 0;
  deal.deliveryYears.forEach((year, i) => {
    if (year >= from && year <= to) tiv += deal.deliveryTiv[i]!;
  });
  return tiv;
}

function inYears(deal: DealRecord, years: NonNullable<DealsQuery['years']>): boolean {
  return years.of === 'order'
    ? deal.orderYear >= years.from && deal.orderYear <= years.to
    : deal.deliveryYears.some((y) => y >= years.from && y <= years.to);
}

/**
 * found[dealIndex] is 1 when the deal's text contains `text`: what a text matches, in /deals and in every weapon
 * lens. Typing extends the last search, so only the deals that matched it are tested again.
 */
export function dealsWithText(register: Register, text: string): Uint8Array {
  const { searchText } = columnsOf(register);
  const narrowed = lastText?.register === register && text.startsWith(lastText.text) ? lastText.found : null;
  const found: number[] = [];
  if (narrowed) {
    for (const i of narrowed) if (searchText[i]!.includes(text)) found.push(i);
  } else {
    for (let i = 0; i < searchText.length; i++) if (searchText[i]!.includes(text)) found.push(i);
  }
  lastText = { register, text, found: Int32Array.from(found) };
  const mask = new Uint8Array(searchText.length);
  for (const i of found) mask[i] = 1;
  return mask;
}

/** Every deal that passes all filters, in the requested order, with the facet counts and the summary. */
export function filterDeals(register: Register, query: DealsQuery): Matches {
  const key = JSON.stringify({ ...query, page: 0, pageSize: 0 });
  if (lastMatches?.register === register && lastMatches.key === key) return lastMatches.result;
  const { deals } = register;
  const { codes, values, tivDelivered, tivOrdered, tivPending, pending } = columnsOf(register);
  const chosen = [query.suppliers, query.recipients, query.categories, query.statuses];
  // A country facet's values as the query sees them: the Soviet Union as Russia when they are merged.
  const fold = countryFolder(query.mergeSoviet);
  const seenAs = (f: number) => (FACETS[f] === 'supplier' || FACETS[f] === 'recipient' ? fold : (value: string) => value);
  // allowed[f][code] is 1 when that value passes facet f's filter; null when the facet is not filtered.
  const allowed = chosen.map((list, f) => (list.length ? Uint8Array.from(values[f]!, (value) => (list.includes(seenAs(f)(value)) ? 1 : 0)) : null));
  const counts = values.map((list) => new Int32Array(list.length));
  const { years } = query;
  const withText = query.text ? dealsWithText(register, query.text) : null;
  // By supplier (recipient) code, 1 when that country is in a region asked for; null: no region filter.
  const inRegionOf = (f: number, names: readonly string[]) =>
    names.length ? Uint8Array.from(values[f]!, (id) => (inRegions(register.dataset.countries.get(id)!, names) ? 1 : 0)) : null;
  const supplierInRegion = inRegionOf(SUPPLIER, query.supplierRegions);
  const recipientInRegion = inRegionOf(RECIPIENT, query.recipientRegions);
  const [supplierCode, recipientCode] = [codes[SUPPLIER]!, codes[RECIPIENT]!];
  const matches: DealRecord[] = [];
  const sums = { tivDelivered: 0, tivOrdered: 0, tivPending: 0, dealsPending: 0 };
  for (const i of dealsInOrder(register, query.sort)) {
    if ((withText && !withText[i]) || (years && !inYears(deals[i]!, years))) continue;
    if ((supplierInRegion && !supplierInRegion[supplierCode[i]!]) || (recipientInRegion && !recipientInRegion[recipientCode[i]!])) continue;
    // A deal counts for a facet's value when it passes every other filter: all facets when it passes them
    // all, only the failed one when it fails exactly one.
    let failures = 0;
    let failed = 0;
    for (let f = 0; f < FACETS.length; f++) {
      if (allowed[f] && !allowed[f]![codes[f]![i]!]) {
        failures += 1;
        failed = f;
      }
    }
    if (failures === 0) {
      matches.push(deals[i]!);
      for (let f = 0; f < FACETS.length; f++) counts[f]![codes[f]![i]!]! += 1;
      // With years of delivery asked for, what was delivered in those years; otherwise all the deal delivered.
      sums.tivDelivered += years?.of === 'delivery' ? deliveredWithin(deals[i]!, years) : tivDelivered[i]!;
      sums.tivOrdered += tivOrdered[i]!;
      sums.tivPending += tivPending[i]!;
      sums.dealsPending += pending[i]!;
    } else if (failures === 1) {
      counts[failed]![codes[failed]![i]!]! += 1;
    }
  }
  const facets = Object.fromEntries(
    FACETS.map((facet, f) => {
      const byValue: Record<string, number> = {};
      values[f]!.forEach((value, code) => {
        const key = seenAs(f)(value);
        if (counts[f]![code]) byValue[key] = (byValue[key] ?? 0) + counts[f]![code]!;
      });
      return [facet, byValue];
    }),
  ) as unknown as DealsFacets;
  const summary = {
    tivDelivered: roundTiv(sums.tivDelivered),
    tivOrdered: roundTiv(sums.tivOrdered),
    tivPending: roundTiv(sums.tivPending),
    dealsPending: sums.dealsPending,
  };
  const result = { matches, facets, summary };
  lastMatches = { register, key, result };
  return result;
}

type SortValue = string | number | null;

const sortValue: Record<SortField, (deal: DealRecord) => SortValue> = {
  id: (d) => d.id,
  supplier: (d) => d.supplierName,
  recipient: (d) => d.recipientName,
  orderYear: (d) => d.orderYear,
  numberOrdered: (d) => d.numberOrdered,
  designation: (d) => d.designation,
  description: (d) => d.description,
  category: (d) => d.category,
  numberDelivered: (d) => d.numberDelivered,
  deliveryYears: (d) => d.deliveryYears[0] ?? null,
  status: (d) => d.status,
  tivPerUnit: (d) => d.tivPerUnit,
  tivOrder: (d) => d.tivOrder,
  tivDelivered: (d) => d.tivDelivered,
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts a copy; unknown values (null) go last in both directions, ties keep register order. */
function sortDeals(deals: readonly DealRecord[], field: SortField, direction: 'asc' | 'desc'): DealRecord[] {
  const value = sortValue[field];
  const sign = direction === 'asc' ? 1 : -1;
  return deals
    .map((deal) => ({ deal, key: value(deal) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.deal.id - b.deal.id : a.key === null ? 1 : -1;
      }
      const order =
        typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return sign * order || a.deal.id - b.deal.id;
    })
    .map(({ deal }) => deal);
}

/** A deal as the API sends it, with how its delivered TIV was allocated to its delivery years. */
export function toDealDetail(record: DealRecord): DealDetail {
  const { deliveryTiv, deliveryUnits, ...deal } = record;
  return {
    ...deal,
    yearly: deal.deliveryYears.map((year, i) => ({ year, tiv: roundTiv(deliveryTiv[i]!), units: deliveryUnits[i]! })),
  };
}

export function searchDeals(register: Register, query: DealsQuery): DealsResponse {
  const { matches, facets, summary } = filterDeals(register, query);
  const start = (query.page - 1) * query.pageSize;
  return {
    total: matches.length,
    page: query.page,
    pageSize: query.pageSize,
    summary,
    facets,
    deals: matches.slice(start, start + query.pageSize).map(toDealDetail),
  };
}

/** Deal ids are positive integers; anything else in the path is simply not a deal. */
const DEAL_ID = /^[1-9]\d{0,8}$/;
export const dealIdSchema = z.string().check(z.regex(DEAL_ID)).register(parameterDocs, { type: 'integer', minimum: 1, maximum: 999_999_999 });

export function getDeal(register: Register, rawId: string): DealDetail {
  const id = DEAL_ID.test(rawId) ? Number(rawId) : NaN;
  const record = register.deals[id - 1];
  if (!record) throw new ApiProblem(404, 'not_found', `There is no deal with id "${rawId}".`);
  return toDealDetail(record);
}
