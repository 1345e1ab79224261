import type { DealDetail } from '../../src/api/contract.ts';
import { z } from '../zod.ts';

/**
 * The app's data as `npm run data` builds it. The build makes one whole dataset (`datasetSchema`: the source, the
 * countries and every deal), then writes it as three files to `public/data/` (see split.ts), each loaded when first
 * needed: the flows (what was delivered, by supplier, recipient, category and year), which answer the share charts
 * and rankings; the orders, by year of order, which the pair charts add; and the deals register. Tables are stored
 * column by column (one array per field, all of the same length): smaller, better gzipped and faster to parse than
 * arrays of objects.
 */

export const DATASET_FORMAT = 'arms-transfer-tracker/dataset';
export const DATASET_VERSION = 1;
export const FLOWS_FORMAT = 'arms-transfer-tracker/flows';
export const FLOWS_VERSION = 1;
export const ORDERS_FORMAT = 'arms-transfer-tracker/orders';
export const ORDERS_VERSION = 1;
export const REGISTER_FORMAT = 'arms-transfer-tracker/register';
export const REGISTER_VERSION = 1;

export const CATEGORIES = [
  'Aircraft',
  'Air-defence systems',
  'Armoured vehicles',
  'Artillery',
  'Engines',
  'Missiles',
  'Naval weapons',
  'Satellites',
  'Sensors',
  'Ships',
  'Other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['New', 'Second hand', 'Second hand but modernized'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * `deals.allocation` codes: how a deal's delivered TIV was spread over its delivery years (see `allocation.method`),
 * and why evenly where the pair-by-year tables could not place it. `even` without a reason: nothing delivered yet.
 */
export const DEAL_ALLOCATIONS: readonly DealDetail['allocation'][] = [
  { how: 'per-year file', reason: null },
  { how: 'fitted', reason: null },
  { how: 'even', reason: null },
  { how: 'even', reason: 'pairNotInTables' },
  { how: 'even', reason: 'outsideTableYears' },
  { how: 'even', reason: 'noTableTiv' },
];

export const COUNTRY_KINDS = ['state', 'historical', 'non-state', 'organisation', 'unknown'] as const;
export type CountryKind = (typeof COUNTRY_KINDS)[number];

function sameList(expected: readonly string[]) {
  return (actual: readonly string[]) => actual.length === expected.length && actual.every((v, i) => v === expected[i]);
}

const year = z.int().check(z.gte(1900), z.lte(2100));
const count = z.int().check(z.gte(0));

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isYear = (v: unknown) => isInt(v) && v >= 1900 && v <= 2100;
const isCount = (v: unknown) => isInt(v) && v >= 0;
const isTiv = (v: unknown) => typeof v === 'number' && v >= 0 && Number.isFinite(v);
const isFlag = (v: unknown) => v === 0 || v === 1;
const isString = (v: unknown) => typeof v === 'string';
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);
const indexBelow = (n: number) => (v: unknown) => isInt(v) && v >= 0 && v < n;

/**
 * A column of 29,916 values, checked in one tight loop: element-wise zod schemas made loading the dataset
 * several hundred milliseconds slower, and a column error names the column and the first bad row.
 */
function column<T>(what: string, check: (v: unknown) => boolean) {
  return z.custom<T[]>().check((ctx) => {
    const values = ctx.value;
    if (!Array.isArray(values)) {
      ctx.issues.push({ code: 'custom', message: `must be an array of ${what}`, input: values });
      return;
    }
    const bad = values.findIndex((v) => !check(v));
    if (bad >= 0) ctx.issues.push({ code: 'custom', message: `row ${bad}: expected ${what}`, input: values[bad], path: [bad] });
  });
}

const countrySchema = z.object({
  /** ISO 3166-1 alpha-3 for states, SIPRI-style codes for historical states, lowercase slugs otherwise. */
  id: z.string().check(z.regex(/^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/)),
  /** The name as SIPRI writes it in this release. */
  name: z.string().check(z.minLength(1)),
  kind: z.enum(COUNTRY_KINDS),
  /** SIPRI's region and subregion; null for organisations and unknown parties. */
  region: z.nullable(z.string()),
  subregion: z.nullable(z.string()),
});

const dealColumnsSchema = z.object({
  /** Index into `countries`. */
  supplier: column<number>('a country index', isCount),
  recipient: column<number>('a country index', isCount),
  orderYear: column<number>('a year', isYear),
  orderYearEstimated: column<0 | 1>('0 or 1', isFlag),
  /** null: SIPRI has no figure yet (an empty cell, not zero). */
  numberOrdered: column<number | null>('a count or null', orNull(isCount)),
  numberOrderedEstimated: column<0 | 1>('0 or 1', isFlag),
  designation: column<string>('text', isString),
  description: column<string>('text', isString),
  /** Index into `categories`. */
  category: column<number>('a category index', indexBelow(CATEGORIES.length)),
  numberDelivered: column<number | null>('a count or null', orNull(isCount)),
  numberDeliveredEstimated: column<0 | 1>('0 or 1', isFlag),
  /** Delivery years, ascending; empty for a deal with nothing delivered yet. */
  deliveryYears: column<number[]>('a list of years', (v) => Array.isArray(v) && v.every(isYear)),
  /** TIV delivered in each of `deliveryYears` (same length), allocated as `allocation.method` says. */
  deliveryTiv: column<number[]>('a list of TIV values', (v) => Array.isArray(v) && v.every(isTiv)),
  /** Units delivered in each of `deliveryYears` (same length), allocated to years as the TIV is; all 0 when SIPRI
   * gives no number delivered (`numberDelivered` null). */
  deliveryUnits: column<number[]>('a list of counts', (v) => Array.isArray(v) && v.every(isCount)),
  /** How `deliveryTiv` was spread: index into DEAL_ALLOCATIONS. */
  allocation: column<number>('an allocation code', indexBelow(DEAL_ALLOCATIONS.length)),
  /** Index into `statuses`. */
  status: column<number>('a status index', indexBelow(STATUSES.length)),
  comments: column<string>('text', isString),
  tivPerUnit: column<number | null>('a TIV value or null', orNull(isTiv)),
  tivOrder: column<number | null>('a TIV value or null', orNull(isTiv)),
  /** null: no deliveries identified; 0: between 0 and 0.5 million TIV (SIPRI's convention). */
  tivDelivered: column<number | null>('a TIV value or null', orNull(isTiv)),
});

const sourceSchema = z.object({
  publisher: z.string(),
  database: z.string(),
  url: z.string(),
  /** e.g. "March 2026" */
  release: z.string(),
  /** ISO date-time of SIPRI's "Data generated" line, e.g. "2026-05-18T14:29:20". */
  generated: z.string(),
  citation: z.string(),
  /** File name of the Trade Register export the deals come from. */
  file: z.string(),
  /** File name of the per-year deliveries export used as allocation weights. */
  weightsFile: z.string(),
});

const allocationSchema = z.object({
  /** Plain English, for readers: how a deal's delivered TIV is spread over its delivery years. */
  method: z.string(),
  /** SIPRI's per-year deliveries export: units of each deal delivered each year. */
  perYearFile: z.object({ file: z.string(), release: z.string(), firstYear: year, lastYear: year }),
  /** SIPRI's pair-by-year TIV tables (one file per supplier) whose yearly profile the other deals are fitted to. */
  pairTables: z.object({ folder: z.string(), release: z.string(), generated: z.string(), firstYear: year, lastYear: year }),
  /** Deals with deliveries whose yearly split comes from the per-year deliveries file. */
  weightedDeals: count,
  /** Deals with deliveries fitted to their pair's yearly profile in the pair tables. */
  fittedDeals: count,
  /** Deals with deliveries split evenly over their delivery years: the sum of `evenBecause`. */
  evenDeals: count,
  evenBecause: z.object({
    /** The tables have no row for the deal's supplier → recipient. */
    pairNotInTables: count,
    /** The deal delivered in a year the tables do not cover (after 2021). */
    outsideTableYears: count,
    /** The pair's table has no TIV (or none left by the deals weighted by the per-year file) in any of its years. */
    noTableTiv: count,
  }),
});

/** What the whole dataset and the flows file say of the data. */
const header = {
  source: sourceSchema,
  unit: z.literal('SIPRI TIV (millions)'),
  allocation: allocationSchema,
  firstYear: year,
  lastYear: year,
  countries: z.array(countrySchema),
  /** Exactly CATEGORIES and STATUSES, in that order: the deal columns index into them. */
  categories: z.array(z.enum(CATEGORIES)).check(z.refine(sameList(CATEGORIES), 'must list the SIPRI categories in order')),
  statuses: z.array(z.enum(STATUSES)).check(z.refine(sameList(STATUSES), 'must list the statuses in order')),
};

/** The whole dataset, as the build makes it and before it is split into the two files. */
export const datasetSchema = z
  .object({
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    ...header,
    deals: dealColumnsSchema,
  })
  .check(
    z.superRefine((data, ctx) => checkDealColumns(data.deals, data.countries.length, ctx)),
  );

type Issues = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void };

/** What a column check cannot see: columns of one length, indices into the country list. */
export function checkTable(table: 'deals' | 'deliveries' | 'orders', columns: DealColumns | FlowColumns, countries: number, ctx: Issues): void {
  const n = columns.supplier.length;
  for (const [name, values] of Object.entries(columns) as [string, unknown[]][]) {
    if (values.length !== n) ctx.addIssue({ code: 'custom', path: [table, name], message: `has ${values.length} values, expected ${n}` });
  }
  for (const name of ['supplier', 'recipient'] as const) {
    const bad = columns[name].findIndex((i) => i >= countries);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: [table, name, bad], message: 'unknown country index' });
  }
}

/** The deals' checks that need the country list, which the register file takes from the flows file. */
export function checkDealColumns(deals: DealColumns, countries: number, ctx: Issues): void {
  checkTable('deals', deals, countries, ctx);
  for (const name of ['deliveryTiv', 'deliveryUnits'] as const) {
    const bad = deals.deliveryYears.findIndex((ys, i) => ys.length !== deals[name][i]?.length);
    if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['deals', name, bad], message: 'length differs from deliveryYears' });
  }
}

/**
 * A table of yearly flows: one row per supplier, recipient, armament category and year, summed over the deals:
 * deliveries by year of delivery (what was delivered that year, as allocated), orders by year of order.
 */
const flowColumnsSchema = z.object({
  /** Index into `countries`. */
  supplier: column<number>('a country index', isCount),
  recipient: column<number>('a country index', isCount),
  /** Index into `categories`. */
  category: column<number>('a category index', indexBelow(CATEGORIES.length)),
  year: column<number>('a year', isYear),
  tiv: column<number>('a TIV value', isTiv),
  /** Units, where SIPRI gives a number (an unknown number counts as none). */
  units: column<number>('a count', isCount),
});

/** A country as the flows file lists it: with how many deals it supplied and received. */
const flowsCountrySchema = z.object({ ...countrySchema.shape, dealsSupplied: count, dealsReceived: count });

/** What a file loaded later must hold, checked when it loads: all the files come from one build. */
const totals = z.object({ deals: count, tiv: z.number() });

/** The flows file: what the share charts, the rankings and the lists of countries need. */
export const flowsFileSchema = z
  .object({
    format: z.literal(FLOWS_FORMAT),
    version: z.literal(FLOWS_VERSION),
    ...header,
    countries: z.array(flowsCountrySchema),
    /** Earliest year of order (a few deals were ordered before the first year of delivery). */
    firstOrderYear: year,
    /** The deals in the register and the TIV they delivered; the deals in the orders and the TIV ordered. */
    register: totals,
    orders: totals,
    deliveries: flowColumnsSchema,
  })
  .check(z.superRefine((data, ctx) => checkTable('deliveries', data.deliveries, data.countries.length, ctx)));

/** The orders file. */
export const ordersFileSchema = z.object({
  format: z.literal(ORDERS_FORMAT),
  version: z.literal(ORDERS_VERSION),
  orders: flowColumnsSchema,
});

/** The register file: every deal, its country fields indices into the flows file's `countries`. */
export const registerFileSchema = z.object({
  format: z.literal(REGISTER_FORMAT),
  version: z.literal(REGISTER_VERSION),
  deals: dealColumnsSchema,
});

export type DatasetFile = z.infer<typeof datasetSchema>;
export type FlowsFile = z.infer<typeof flowsFileSchema>;
export type OrdersFile = z.infer<typeof ordersFileSchema>;
export type FlowColumns = z.infer<typeof flowColumnsSchema>;
export type RegisterFile = z.infer<typeof registerFileSchema>;
export type DealColumns = z.infer<typeof dealColumnsSchema>;
export type Country = z.infer<typeof countrySchema>;
export type FlowsCountry = z.infer<typeof flowsCountrySchema>;
