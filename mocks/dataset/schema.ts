import { z } from 'zod';

/**
 * The app's dataset as `npm run data` writes it to `public/data/` and the mock API reads it.
 * Deals are stored column by column (one array per field, all of the same length): the file is
 * smaller, gzips better and parses faster than an array of objects.
 */

export const DATASET_FORMAT = 'arms-transfer-tracker/dataset';
export const DATASET_VERSION = 1;

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

export const COUNTRY_KINDS = ['state', 'historical', 'non-state', 'organisation', 'unknown'] as const;
export type CountryKind = (typeof COUNTRY_KINDS)[number];

function sameList(expected: readonly string[]) {
  return (actual: readonly string[]) => actual.length === expected.length && actual.every((v, i) => v === expected[i]);
}

const year = z.number().int().min(1900).max(2100);
const flag = z.union([z.literal(0), z.literal(1)]);
const tiv = z.number().min(0);

const countrySchema = z.object({
  /** ISO 3166-1 alpha-3 for states, SIPRI-style codes for historical states, lowercase slugs otherwise. */
  id: z.string().regex(/^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/),
  /** The name as SIPRI writes it in this release. */
  name: z.string().min(1),
  kind: z.enum(COUNTRY_KINDS),
});

const dealColumnsSchema = z.object({
  /** Index into `countries`. */
  supplier: z.array(z.number().int().min(0)),
  recipient: z.array(z.number().int().min(0)),
  orderYear: z.array(year),
  orderYearEstimated: z.array(flag),
  /** null: SIPRI has no figure yet (an empty cell, not zero). */
  numberOrdered: z.array(z.number().int().min(0).nullable()),
  numberOrderedEstimated: z.array(flag),
  designation: z.array(z.string()),
  description: z.array(z.string()),
  /** Index into `categories`. */
  category: z.array(z.number().int().min(0).max(CATEGORIES.length - 1)),
  numberDelivered: z.array(z.number().int().min(0).nullable()),
  numberDeliveredEstimated: z.array(flag),
  /** Delivery years, ascending; empty for a deal with nothing delivered yet. */
  deliveryYears: z.array(z.array(year)),
  /** TIV delivered in each of `deliveryYears` (same length), allocated as `allocation.method` says. */
  deliveryTiv: z.array(z.array(tiv)),
  /** Index into `statuses`. */
  status: z.array(z.number().int().min(0).max(STATUSES.length - 1)),
  comments: z.array(z.string()),
  tivPerUnit: z.array(tiv.nullable()),
  tivOrder: z.array(tiv.nullable()),
  /** null: no deliveries identified; 0: between 0 and 0.5 million TIV (SIPRI's convention). */
  tivDelivered: z.array(tiv.nullable()),
});

export const datasetSchema = z
  .object({
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    source: z.object({
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
    }),
    unit: z.literal('SIPRI TIV (millions)'),
    allocation: z.object({
      method: z.string(),
      /** Deals whose yearly split comes from the per-year deliveries file. */
      weightedDeals: z.number().int().min(0),
      /** Deals with deliveries split evenly over their delivery years. */
      evenDeals: z.number().int().min(0),
    }),
    firstYear: year,
    lastYear: year,
    countries: z.array(countrySchema),
    /** Exactly CATEGORIES and STATUSES, in that order: the deal columns index into them. */
    categories: z.array(z.enum(CATEGORIES)).refine(sameList(CATEGORIES), 'must list the SIPRI categories in order'),
    statuses: z.array(z.enum(STATUSES)).refine(sameList(STATUSES), 'must list the statuses in order'),
    deals: dealColumnsSchema,
  })
  .superRefine((data, ctx) => {
    const n = data.deals.supplier.length;
    for (const [name, column] of Object.entries(data.deals)) {
      if (column.length !== n) {
        ctx.addIssue({ code: 'custom', path: ['deals', name], message: `has ${column.length} values, expected ${n}` });
      }
    }
    const countries = data.countries.length;
    for (const name of ['supplier', 'recipient'] as const) {
      const bad = data.deals[name].findIndex((i) => i >= countries);
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: ['deals', name, bad], message: 'unknown country index' });
    }
    const badYears = data.deals.deliveryYears.findIndex((ys, i) => ys.length !== data.deals.deliveryTiv[i]?.length);
    if (badYears >= 0) {
      ctx.addIssue({ code: 'custom', path: ['deals', 'deliveryTiv', badYears], message: 'length differs from deliveryYears' });
    }
  });

export type DatasetFile = z.infer<typeof datasetSchema>;
export type Country = z.infer<typeof countrySchema>;
