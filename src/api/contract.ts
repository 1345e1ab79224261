/**
 * API contract v1: the JSON the server sends. The mock API in `mocks/` implements it and the app
 * consumes it; a real server could replace the mock without touching the app. Documented in docs/api.md.
 */

export const API_VERSION = 'v1';
export const UNIT = 'SIPRI TIV (millions)';

export type CountryKind = 'state' | 'historical' | 'non-state' | 'organisation' | 'unknown';

export interface ApiErrorBody {
  error: { code: string; message: string; parameter?: string };
}

export interface Meta {
  apiVersion: string;
  source: {
    publisher: string;
    database: string;
    url: string;
    release: string;
    generated: string;
    citation: string;
  };
  unit: typeof UNIT;
  /** First and last year with deliveries. */
  firstYear: number;
  lastYear: number;
  /** Earliest year of order (a few deals were ordered before the first delivery year). */
  firstOrderYear: number;
  counts: { deals: number; countries: number; suppliers: number; recipients: number };
  categories: string[];
  statuses: string[];
  allocation: Allocation;
}

/** How a deal's delivered TIV is spread over its delivery years: SIPRI's units per year, a fit, or evenly. */
export type YearSplit = 'per-year file' | 'fitted' | 'even';
/** Why a deal was split evenly: the pair-by-year tables have no row for its pair, not its years, or no TIV in them. */
export type EvenReason = 'pairNotInTables' | 'outsideTableYears' | 'noTableTiv';

/** How yearly values are made from deals' totals, from which SIPRI files, and how many deals each way. */
export interface Allocation {
  /** Plain English, for readers. */
  method: string;
  /** SIPRI's per-year deliveries export: units of each deal delivered each year. */
  perYearFile: { file: string; release: string; firstYear: number; lastYear: number };
  /** SIPRI's supplier × recipient × year TIV tables whose yearly profile the other deals are fitted to. */
  pairTables: { folder: string; release: string; generated: string; firstYear: number; lastYear: number };
  /** Deals with deliveries: spread by the per-year file, fitted to the pair tables, or split evenly. */
  weightedDeals: number;
  fittedDeals: number;
  evenDeals: number;
  evenBecause: Record<EvenReason, number>;
}

export interface CountrySummary {
  id: string;
  name: string;
  kind: CountryKind;
  /** Supplied at least one deal in the data. */
  supplies: boolean;
  /** Received at least one deal in the data. */
  receives: boolean;
  /** How many deals of the register it supplied or received: how much it appears in the data. */
  deals: number;
  /** SIPRI's region and subregion (e.g. "Asia and Oceania", "South Asia"); null for organisations and unknowns. */
  region: string | null;
  subregion: string | null;
}

export interface CountriesResponse {
  countries: CountrySummary[];
}

export type SharesPerspective = 'recipient' | 'supplier';

export interface ShareRow {
  id: string;
  name: string;
  tiv: number;
  /** 0..1 of the total. */
  share: number;
}

export interface YearValues {
  year: number;
  total: number;
  /** TIV by row id; an id that is absent had 0 that year. */
  values: Record<string, number>;
}

/** The weapons an answer counts, as asked: armament categories (empty: all) and a text (null: none). */
export interface LensEcho {
  categories: string[];
  q: string | null;
}

export type SharesGroup = 'region' | 'subregion';

/** The row of a grouped ranking that gathers the parties SIPRI puts in no region. */
export const NO_REGION_ID = 'none';

export interface SharesResponse {
  recipient: string | null;
  supplier: string | null;
  /** What the rows are: the recipient's suppliers (`supplier`), the supplier's recipients (`recipient`). */
  by: SharesPerspective;
  /** For the world rankings: rows are SIPRI's regions or subregions (ids their names) rather than countries. */
  group: SharesGroup | null;
  from: number;
  to: number;
  window: 1 | 5;
  unit: typeof UNIT;
  lens: LensEcho;
  /** TIV over from..to (never windowed). */
  total: number;
  rows: ShareRow[];
  /** One entry per year from..to; with window 5 each value is the sum of that year and the four before. */
  years: YearValues[];
}

export interface TransferPoint {
  year: number;
  /** TIV delivered that year (or over the trailing window). */
  tiv: number;
}

export interface PairPoint extends TransferPoint {
  /** TIV of the deals ordered that year (or over the trailing window), where SIPRI gives the order's TIV. */
  ordered: number;
  /**
   * Weapons delivered that year (or over the window), allocated to years as the TIV is, where SIPRI gives a number.
   * Units of different weapons add up to nothing meaningful: read them only for one weapon or a narrow category.
   */
  units: number;
  /** Weapons ordered that year (or over the window), where SIPRI gives the number ordered. */
  unitsOrdered: number;
}

export interface TransferSeries {
  supplier: string;
  recipient: string;
  /** TIV delivered over from..to. */
  total: number;
  /** TIV ordered over from..to. */
  totalOrdered: number;
  /** Units delivered and ordered over from..to (see PairPoint). */
  units: number;
  unitsOrdered: number;
  points: PairPoint[];
}

export interface TransfersResponse {
  from: number;
  to: number;
  window: 1 | 5;
  unit: typeof UNIT;
  lens: LensEcho;
  series: TransferSeries[];
}

export interface Deal {
  id: number;
  supplier: string;
  supplierName: string;
  recipient: string;
  recipientName: string;
  orderYear: number;
  orderYearEstimated: boolean;
  numberOrdered: number | null;
  numberOrderedEstimated: boolean;
  designation: string;
  description: string;
  category: string;
  numberDelivered: number | null;
  numberDeliveredEstimated: boolean;
  deliveryYears: number[];
  status: string;
  comments: string;
  tivPerUnit: number | null;
  tivOrder: number | null;
  tivDelivered: number | null;
}

export interface YearlyDelivery extends TransferPoint {
  /** Units delivered that year, allocated as the TIV is (0 where SIPRI gives no number delivered). */
  units: number;
}

export interface DealDetail extends Deal {
  /** The deal's delivered TIV and units allocated to its delivery years. */
  yearly: YearlyDelivery[];
  /** How `yearly` was allocated (see Meta.allocation); `reason` says why where it was split evenly. */
  allocation: { how: YearSplit; reason: EvenReason | null };
}

/** Fields /api/v1/deals sorts by, as `sort=field:asc` or `sort=field:desc`. */
export const DEAL_SORT_FIELDS = [
  'id',
  'supplier',
  'recipient',
  'orderYear',
  'numberOrdered',
  'designation',
  'description',
  'category',
  'numberDelivered',
  'deliveryYears',
  'status',
  'tivPerUnit',
  'tivOrder',
  'tivDelivered',
] as const;
export type DealSortField = (typeof DEAL_SORT_FIELDS)[number];

export interface DealsSummary {
  /** TIV delivered by the matching deals, all years. */
  tivDelivered: number;
  /** TIV of the matching orders, where SIPRI gives it. */
  tivOrdered: number;
  /** The orders pipeline: TIV ordered but not (yet) delivered, over deals with a known order TIV. */
  tivPending: number;
  /** Matching deals with units still to be delivered. */
  dealsPending: number;
}

/** For each filter, how many deals each of its values would leave with the other filters as they are. */
export interface DealsFacets {
  supplier: Record<string, number>;
  recipient: Record<string, number>;
  category: Record<string, number>;
  status: Record<string, number>;
}

export interface DealsResponse {
  total: number;
  page: number;
  pageSize: number;
  summary: DealsSummary;
  facets: DealsFacets;
  deals: DealDetail[];
}

export interface StorySource {
  /** null where the report's outlet is not recorded. */
  outlet: string | null;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface TimelineEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  countries: string[];
  /** In our own words. */
  text: string;
  source: StorySource;
}

export interface EventsResponse {
  version: number;
  events: TimelineEvent[];
}

interface YearSpan {
  from: number;
  to: number;
}

/**
 * How a claim is checked; the app computes the verdict from live API answers. `claimedIn`: what a ranking claim
 * counts when it is not SIPRI's TIV (money, contracts); such a claim is always a different measure, stated with the
 * TIV rankings of deliveries and of orders. Judged years end by the claim's date; `later` years (what came after) are
 * shown apart from the verdict.
 */
export type ClaimRule =
  | { type: 'peak-share'; recipient: string; supplier: string; mergeSoviet: boolean; from: number; to: number; claimed: number; tolerance: number }
  | { type: 'recipient-rank'; supplier: string; recipient: string; from: number; to: number; claimedRank: number; claimedIn: string }
  | { type: 'overtook'; recipient: string; challenger: string; incumbent: string; mergeSoviet: boolean; from: number; to: number; claimedIn: string | null }
  | { type: 'deal'; supplier: string; recipient: string; designation: string; orderYear: number; numberOrdered: number }
  | { type: 'share-shift'; recipient: string; falling: string; partner: string; before: YearSpan; after: YearSpan; later: YearSpan | null };

export interface Claim {
  id: string;
  /** The claim in our words. */
  claim: string;
  saidBy: string;
  /** When it was made (YYYY, YYYY-MM or YYYY-MM-DD): it is judged on the data of the years up to then. */
  date: string;
  /** The reports it was taken from: one or more. */
  sources: StorySource[];
  rule: ClaimRule;
}

export interface ClaimsResponse {
  version: number;
  claims: Claim[];
}
