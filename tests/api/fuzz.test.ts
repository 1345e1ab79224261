import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CountriesResponse,
  DealDetail,
  DealsResponse,
  Meta,
  SharesResponse,
  TransfersResponse,
} from '../../src/api/contract.ts';
import { DEAL_SORT_FIELDS as SORT_FIELDS } from '../../src/api/contract.ts';
import { filterDeals, parseDealsQuery, searchDeals } from '../../core/endpoints/deals.ts';
import { DEALS_CSV_HEADER } from '../../core/endpoints/deals-csv.ts';
import { getShares, parseSharesQuery } from '../../core/endpoints/shares.ts';
import { getTransfers, parseTransfersQuery } from '../../core/endpoints/transfers.ts';
import type { Dataset, FlowTable, Register } from '../../core/dataset/dataset.ts';
import { dataSources } from '../../mocks/node.ts';
import { transports } from './transports.ts';

// One seed, so that a run can be repeated and CI does not fail by chance: some properties require a share of 200
// answers (not vacuous), which a random draw of 50 queries missed once in many runs. FUZZ_SEED=<n> explores others.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20_261_204) });

/**
 * Property-based robustness of API v1: random and hostile query strings over both transports (msw/node, and the
 * real server over HTTP) on the real dataset. Every answer is 200 with a body of the endpoint's shape, or the
 * contract's error body with 400 (404 for unknown deals and paths): never a 500, never a thrown request, never
 * anything but JSON (but for the CSV export's 200).
 */

let dataset: Dataset;
let orders: FlowTable;
let register: Register;
let countryIds: string[];
let recipientIds: string[];
/** The origin of the transport under test. */
let origin = '';

beforeAll(async () => {
  [dataset, orders, register] = await Promise.all([dataSources.getDataset(), dataSources.getOrders(), dataSources.getRegister()]);
  countryIds = [...dataset.countries.keys()];
  recipientIds = [...dataset.recipients].filter((id) => id !== 'RUS' && id !== 'SUN');
});

// ---------------------------------------------------------------------------------------------------------
// Generators

type Entry = [key: string, value: string];

const HOSTILE = [
  '',
  ' ',
  '0',
  '-1',
  '-0',
  '1.5',
  '1e3',
  '1e308',
  '-1e308',
  '99999999999999999999',
  '0x10',
  '+5',
  ' 2000',
  '2000 ',
  '٢٠٠٠',
  '２０００',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  'TRUE',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE deals; --",
  '%',
  '%00',
  '%zz',
  '%E0%A4%A',
  '%2525',
  '\u0000',
  '\uFEFF2000',
  '\u202Eevil',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  ',',
  ',,,',
  'x'.repeat(5000),
];
const FAKE_COUNTRIES = ['XYZ', 'ATLANTIS', 'rus', 'ind', 'RUS ', ' USA', 'R US', 'other', '__proto__', 'constructor', '💥', 'SUN\u0000'];
const JUNK_KEYS = ['colour', 'From', 'TO', 'q[]', 'page ', '', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '%', '<script>'];

const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** Values any parameter might receive from a hostile client. */
const junkValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2100 }).map(String) },
);

const realCountry = () => fc.constantFrom(...countryIds);
/** Comma lists of real and fake country ids, with stray spaces, duplicates and empty items. */
const countryList = (fakeWeight: number, maxLength = 5) =>
  fc
    .array(fc.oneof({ weight: 12, arbitrary: realCountry() }, { weight: fakeWeight, arbitrary: fc.constantFrom(...FAKE_COUNTRIES, '') }), {
      minLength: 1,
      maxLength,
    })
    .chain((ids) => fc.constantFrom(ids.join(','), ids.join(' , '), `${ids.join(',')},`, [...ids, ...ids].join(',')));
const year = (min: number, max: number) => fc.integer({ min: min - 3, max: max + 3 }).map(String);
const flagCase = (values: readonly string[]) =>
  fc.constantFrom(...values).chain((v) => fc.constantFrom(v, v.toLowerCase(), v.toUpperCase()));

/** SIPRI regions and subregions (and `none`), in any case, with names that are neither. */
const regionList = () =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: flagCase([...REGIONS, 'South Asia', 'sub-Saharan Africa', 'none']) },
        { weight: 1, arbitrary: fc.constantFrom('Atlantis', 'Asia', 'other', '') },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((names) => names.join(','));
const REGIONS = ['Africa', 'Americas', 'Asia and Oceania', 'Europe', 'Middle East'];

type ValueArbs = Record<string, fc.Arbitrary<string>>;

/**
 * A query string: known keys with mostly plausible values, some junk values, junk keys, repeated keys.
 * `required` keys come first, each most of the time, with a plausible value.
 */
function queryEntries(valid: ValueArbs, maxLength = 5, required: readonly string[] = []): fc.Arbitrary<Entry[]> {
  const keys = Object.keys(valid);
  const junkKey = fc.oneof(fc.constantFrom(...JUNK_KEYS), unicode);
  const junk: fc.Arbitrary<Entry> = fc.tuple(junkKey, junkValue);
  const entry: fc.Arbitrary<Entry> = keys.length
    ? fc.oneof(
        {
          weight: 8,
          arbitrary: fc
            .constantFrom(...keys)
            .chain((key) => fc.tuple(fc.constant(key), fc.oneof({ weight: 4, arbitrary: valid[key]! }, { weight: 1, arbitrary: junkValue }))),
        },
        { weight: 1, arbitrary: junk },
      )
    : junk;
  const first = fc.tuple(
    ...required.map((key) => fc.option(fc.tuple(fc.constant(key), valid[key]!), { freq: 8, nil: null })),
  ).map((entries) => entries.filter((e): e is Entry => e !== null));
  return fc
    .tuple(first, fc.array(entry, { maxLength }))
    .map(([head, tail]) => [...head, ...tail])
    .chain((entries) =>
      // Now and then a key given twice, with the same or another value.
      entries.length
        ? fc.oneof(
            { weight: 9, arbitrary: fc.constant(entries) },
            { weight: 1, arbitrary: fc.nat(entries.length - 1).map((i) => [...entries, entries[i]!]) },
          )
        : fc.constant(entries),
    );
}

/** Percent-encodes every key and value, so the URL stays valid whatever the text (`%` becomes `%25`). */
function toQueryString(entries: readonly Entry[]): string {
  return entries.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

// ---------------------------------------------------------------------------------------------------------
// Checks

interface Answer {
  status: number;
  body: unknown;
}

async function get(path: string): Promise<Answer> {
  const response = await fetch(`${origin}${path}`);
  const text = await response.text();
  if (response.status === 200 && path.startsWith('/api/v1/deals.csv')) {
    expect(response.headers.get('content-type'), `${path}: content type`).toBe('text/csv; charset=utf-8');
    return { status: 200, body: text };
  }
  expect(response.headers.get('content-type'), `${path}: content type`).toMatch(/^application\/json/);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${path} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body };
}

const ERROR_CODES = ['unknown_parameter', 'invalid_parameter', 'unknown_country', 'not_found'];

/** The contract's error body; `parameter`, when given, names a known parameter or one that was sent. */
function expectErrorBody(body: unknown, sentKeys: readonly string[], knownKeys: readonly string[]) {
  expect(body).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });
  const { error } = body as { error: Record<string, unknown> };
  expect(Object.keys(error).every((k) => ['code', 'message', 'parameter'].includes(k))).toBe(true);
  expect(ERROR_CODES).toContain(error.code);
  expect((error.message as string).length).toBeGreaterThan(0);
  if ('parameter' in error) {
    expect(typeof error.parameter).toBe('string');
    expect([...sentKeys, ...knownKeys]).toContain(error.parameter);
  }
  if (error.code === 'unknown_parameter') {
    // The body leaves out an empty parameter name (`?=x`); the message still quotes it.
    expect(sentKeys).toContain(error.parameter ?? '');
    expect(knownKeys).not.toContain(error.parameter);
  }
}

/**
 * What any endpoint with validated parameters must do with a query: 400 for an unknown key or a key given
 * twice (the contract says so); otherwise 200 or 400; the error body in every failure.
 */
function expectStatus(answer: Answer, entries: readonly Entry[], knownKeys: readonly string[]) {
  const sent = new URLSearchParams(toQueryString(entries));
  const keys = [...sent.keys()];
  const unknown = keys.filter((k) => !knownKeys.includes(k));
  const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
  const context = `query ${JSON.stringify(entries.map(([k, v]) => [k, v.slice(0, 60)]))}`;
  if (unknown.length || repeated.length) expect(answer.status, `${context}: unknown or repeated keys must be rejected`).toBe(400);
  else expect([200, 400], context).toContain(answer.status);
  if (answer.status !== 200) expectErrorBody(answer.body, keys, knownKeys);
  return sent;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Sums of values rounded to 0.001 may differ from the rounded sum by half a unit per term. */
const roundingSlack = (terms: number) => 0.0005 * (terms + 1) + 1e-9;

function expectYears(body: { from: number; to: number }, sent: URLSearchParams, min: number, max: number) {
  expect(body.from).toBe(sent.has('from') ? Number(sent.get('from')) : min);
  expect(body.to).toBe(sent.has('to') ? Number(sent.get('to')) : max);
  expect(body.from).toBeGreaterThanOrEqual(min);
  expect(body.to).toBeLessThanOrEqual(max);
  expect(body.from).toBeLessThanOrEqual(body.to);
}

/** A cheap assertion for loops over hundreds of values (expect() per value is too slow for 100 runs). */
function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

/** The answer says which weapons it counts, as asked (categories spelled as the data spells them). */
function expectLens(lens: SharesResponse['lens'], sent: URLSearchParams) {
  expect(lens.q).toBe(sent.get('q')?.trim().toLowerCase() || null);
  const asked = (sent.get('category') ?? '').split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
  expect(lens.categories.map((c) => c.toLowerCase())).toEqual([...new Set(asked)]);
}

function expectShares(body: SharesResponse, sent: URLSearchParams) {
  const merge = sent.get('mergeSoviet') === 'true';
  const fold = (id: string | null) => (merge && id === 'SUN' ? 'RUS' : id);
  expect(body.recipient).toBe(fold(sent.get('recipient')));
  expect(body.supplier).toBe(fold(sent.get('supplier')));
  expect(body.by).toBe(sent.has('recipient') ? 'supplier' : sent.has('supplier') ? 'recipient' : (sent.get('by') ?? 'recipient'));
  expect(body.group).toBe(sent.get('group'));
  expectYears(body, sent, dataset.firstYear, dataset.lastYear);
  expect(body.window).toBe(sent.get('window') === '5' ? 5 : 1);
  expect(body.unit).toBe('SIPRI TIV (millions)');
  expectLens(body.lens, sent);
  expect(isFiniteNumber(body.total) && body.total >= 0).toBe(true);

  const ids = body.rows.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  body.rows.forEach((row, i) => {
    const json = () => `row ${JSON.stringify(row)}`;
    ensure(typeof row.name === 'string' && row.name.length > 0, () => `${json()}: no name`);
    ensure(isFiniteNumber(row.tiv) && row.tiv >= 0, () => `${json()}: tiv not a number ≥ 0`);
    ensure(isFiniteNumber(row.share) && row.share >= 0 && row.share <= 1, () => `${json()}: share not in [0, 1]`);
    ensure(i === 0 || row.tiv <= body.rows[i - 1]!.tiv, () => `${json()}: rows not sorted by tiv, largest first`);
  });
  const top = sent.get('top');
  if (top !== null) expect(body.rows.length).toBeLessThanOrEqual(Number(top) + 1);
  if (body.total > 0) {
    expect(Math.abs(body.rows.reduce((s, r) => s + r.share, 0) - 1)).toBeLessThan(1e-9);
    expect(Math.abs(body.rows.reduce((s, r) => s + r.tiv, 0) - body.total)).toBeLessThanOrEqual(roundingSlack(body.rows.length));
  } else {
    expect(body.rows.every((r) => r.share === 0 && r.tiv === 0)).toBe(true);
  }

  expect(body.years.map((y) => y.year)).toEqual(Array.from({ length: body.to - body.from + 1 }, (_, i) => body.from + i));
  const rowIds = new Set(ids);
  for (const entry of body.years) {
    const values = Object.entries(entry.values);
    for (const [id, tiv] of values) {
      ensure(rowIds.has(id), () => `${entry.year}: ${id} in values but not in rows`);
      ensure(isFiniteNumber(tiv) && tiv >= 0, () => `${entry.year}: ${id} = ${tiv}`);
    }
    const sum = values.reduce((s, [, tiv]) => s + tiv, 0);
    ensure(Math.abs(sum - entry.total) <= roundingSlack(values.length), () => `${entry.year}: total ${entry.total}, values sum to ${sum}`);
  }
}

function expectTransfers(body: TransfersResponse, sent: URLSearchParams) {
  const merge = sent.get('mergeSoviet') === 'true';
  const ids = (key: string) =>
    new Set(
      (sent.get(key) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
        .map((id) => (merge && id === 'SUN' ? 'RUS' : id)),
    );
  const suppliers = ids('supplier');
  const recipients = ids('recipient');
  expectYears(body, sent, dataset.firstYear, dataset.lastYear);
  expectLens(body.lens, sent);
  expect(body.window).toBe(sent.get('window') === '5' ? 5 : 1);
  expect(body.series).toHaveLength(suppliers.size * recipients.size);
  expect(suppliers.size * recipients.size).toBeLessThanOrEqual(25);
  const pairs = new Set(body.series.map((s) => `${s.supplier}>${s.recipient}`));
  expect(pairs.size).toBe(body.series.length);
  const years = Array.from({ length: body.to - body.from + 1 }, (_, i) => body.from + i).join();
  for (const series of body.series) {
    const pair = `${series.supplier}>${series.recipient}`;
    ensure(suppliers.has(series.supplier) && recipients.has(series.recipient), () => `${pair}: not asked for`);
    ensure(series.points.map((p) => p.year).join() === years, () => `${pair}: not every year from..to`);
    ensure(series.points.every((p) => isFiniteNumber(p.tiv) && p.tiv >= 0), () => `${pair}: a tiv is not a number ≥ 0`);
    ensure(isFiniteNumber(series.total) && series.total >= 0, () => `${pair}: total ${series.total}`);
    if (body.window === 1) {
      const sum = series.points.reduce((s, p) => s + p.tiv, 0);
      ensure(Math.abs(sum - series.total) <= roundingSlack(series.points.length), () => `${pair}: total ${series.total}, points sum to ${sum}`);
    }
  }
}

const NUMERIC_SORT = new Set(['id', 'orderYear', 'numberOrdered', 'numberDelivered', 'tivPerUnit', 'tivOrder', 'tivDelivered']);

function expectDeal(deal: DealDetail) {
  const at = () => `deal ${JSON.stringify(deal).slice(0, 300)}`;
  ensure(Number.isInteger(deal.id) && deal.id >= 1 && deal.id <= register.deals.length, () => `${at()}: id`);
  ensure(dataset.countries.has(deal.supplier) && dataset.countries.has(deal.recipient), () => `${at()}: countries`);
  ensure([deal.supplierName, deal.recipientName, deal.designation, deal.description, deal.comments].every((v) => typeof v === 'string'), () => `${at()}: text fields`);
  ensure(dataset.categories.includes(deal.category) && dataset.statuses.includes(deal.status), () => `${at()}: category or status`);
  ensure(Number.isInteger(deal.orderYear), () => `${at()}: orderYear`);
  ensure(
    [deal.numberOrdered, deal.numberDelivered, deal.tivPerUnit, deal.tivOrder, deal.tivDelivered].every((v) => v === null || isFiniteNumber(v)),
    () => `${at()}: a number is neither null nor finite`,
  );
  ensure(deal.yearly.map((y) => y.year).join() === deal.deliveryYears.join(), () => `${at()}: yearly does not follow deliveryYears`);
}

function expectDeals(body: DealsResponse, sent: URLSearchParams) {
  const page = Number(sent.get('page') ?? 1);
  const pageSize = Number(sent.get('pageSize') ?? 50);
  expect(body.page).toBe(page);
  expect(body.pageSize).toBe(pageSize);
  expect(Number.isInteger(body.total) && body.total >= 0 && body.total <= register.deals.length).toBe(true);
  expect(body.deals.length).toBeLessThanOrEqual(pageSize);
  expect(body.deals).toHaveLength(Math.max(0, Math.min(pageSize, body.total - (page - 1) * pageSize)));
  const { summary, facets } = body;
  for (const v of [summary.tivDelivered, summary.tivOrdered, summary.tivPending]) expect(isFiniteNumber(v) && v >= 0).toBe(true);
  expect(Number.isInteger(summary.dealsPending) && summary.dealsPending <= body.total).toBe(true);
  expect(Object.keys(facets).sort()).toEqual(['category', 'recipient', 'status', 'supplier']);
  for (const counts of [facets.supplier, facets.recipient, facets.category, facets.status]) {
    ensure(Object.values(counts).every((n) => Number.isInteger(n) && n > 0), () => `facet counts ${JSON.stringify(counts)}`);
  }
  body.deals.forEach(expectDeal);

  // The page honours the filters; with mergeSoviet, a country filter's Russia is the Soviet Union too.
  const merge = sent.get('mergeSoviet') === 'true';
  const fold = (id: string) => (merge && id.toLowerCase() === 'sun' ? 'rus' : id.toLowerCase());
  const list = (key: string) => (sent.get(key) ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  const suppliers = list('supplier').map(fold);
  const recipients = list('recipient').map(fold);
  const categories = list('category');
  const statuses = list('status');
  const regionsOf = (id: string) => {
    const { region, subregion } = dataset.countries.get(id)!;
    return [region ?? 'none', subregion ?? 'none'].map((name) => name.toLowerCase());
  };
  const inRegion = (key: string, id: string) => !list(key).length || regionsOf(id).some((name) => list(key).includes(name));
  const text = (sent.get('q') ?? '').trim().toLowerCase();
  const from = sent.has('from') ? Number(sent.get('from')) : dataset.firstOrderYear;
  const to = sent.has('to') ? Number(sent.get('to')) : dataset.lastYear;
  const yearsFiltered = sent.has('from') || sent.has('to');
  for (const deal of body.deals) {
    const at = `deal ${deal.id}`;
    ensure(!suppliers.length || suppliers.includes(fold(deal.supplier)), () => `${at}: supplier ${deal.supplier}`);
    ensure(!recipients.length || recipients.includes(fold(deal.recipient)), () => `${at}: recipient ${deal.recipient}`);
    ensure(inRegion('supplierRegion', deal.supplier), () => `${at}: supplier ${deal.supplier} not in ${sent.get('supplierRegion')}`);
    ensure(inRegion('recipientRegion', deal.recipient), () => `${at}: recipient ${deal.recipient} not in ${sent.get('recipientRegion')}`);
    ensure(!categories.length || categories.includes(deal.category.toLowerCase()), () => `${at}: category ${deal.category}`);
    ensure(!statuses.length || statuses.includes(deal.status.toLowerCase()), () => `${at}: status ${deal.status}`);
    ensure(!text || `${deal.designation}\n${deal.description}\n${deal.comments}`.toLowerCase().includes(text), () => `${at}: no ${text}`);
    if (yearsFiltered && sent.get('yearOf') === 'order') {
      ensure(deal.orderYear >= from && deal.orderYear <= to, () => `${at}: ordered ${deal.orderYear}, not in ${from}–${to}`);
    } else if (yearsFiltered) {
      ensure(deal.deliveryYears.some((y) => y >= from && y <= to), () => `${at}: delivered ${deal.deliveryYears.join()}, not in ${from}–${to}`);
    }
  }
  // A facet with its filter set counts exactly the matches of each chosen value.
  if (suppliers.length) {
    const chosen = [...new Set((sent.get('supplier') ?? '').split(',').map((v) => v.trim()).filter(Boolean).map((id) => (merge && id === 'SUN' ? 'RUS' : id)))];
    expect(chosen.reduce((sum, id) => sum + (facets.supplier[id] ?? 0), 0)).toBe(body.total);
  }
  if (merge) ensure(facets.supplier.SUN === undefined && facets.recipient.SUN === undefined, () => 'the Soviet Union has a facet of its own');

  // The page is in the requested order; unknown values last in both directions.
  const [field, direction] = (sent.get('sort') ?? 'id:asc').split(':') as [string, 'asc' | 'desc'];
  if (NUMERIC_SORT.has(field)) {
    const keys = body.deals.map((d) => (field === 'id' ? d.id : (d[field as keyof DealDetail] as number | null)));
    keys.slice(1).forEach((key, i) => {
      const previous = keys[i]!;
      const ordered = previous === null ? key === null : key === null || (direction === 'asc' ? key >= previous : key <= previous);
      ensure(ordered, () => `sort ${field}:${direction}: ${previous} before ${key}`);
    });
  }
}

/** Spreadsheets run a cell starting with these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV that parses, with the header, a full row for every deal /deals matches, in its order, and no formula. */
function expectDealsCsv(text: string, sent: URLSearchParams) {
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header, ...rows] = data;
  expect(header).toEqual(DEALS_CSV_HEADER);
  const { matches } = filterDeals(register, parseDealsQuery(dataset, sent));
  expect(rows.length).toBe(matches.length);
  rows.forEach((row, i) => {
    const at = () => `row ${i + 1}: ${row.join(',').slice(0, 200)}`;
    ensure(row.length === DEALS_CSV_HEADER.length, () => `${at()}: ${row.length} cells`);
    ensure(row[0] === String(matches[i]!.id), () => `${at()}: deal ${matches[i]!.id} expected here`);
    ensure(!row.some((cell) => FORMULA_START.test(cell)), () => `${at()}: a cell starts a formula`);
  });
}

// ---------------------------------------------------------------------------------------------------------
// HTTP properties

/** Runs per property: fewer over real HTTP, which costs more per request (the CI has two cores). */
const RUNS = { 'msw/node': 100, server: 50 };

describe.each(transports())('API v1 under random and hostile queries ($name, real dataset)', { timeout: 30_000 }, (transport) => {
  beforeAll(async () => {
    origin = await transport.start(dataSources);
  });
  afterAll(() => transport.stop());
  const numRuns = RUNS[transport.name];

  /**
   * Runs a property over one endpoint and requires that some answers were 200 (`minOk` in every 100 runs), so it
   * is not vacuous. `rejected` keys get plausible values (a parameter of a sibling endpoint) but are unknown to
   * this one.
   */
  async function fuzzEndpoint(
    path: string,
    valid: () => ValueArbs,
    check: (body: never, sent: URLSearchParams) => void,
    minOk = 10,
    required: readonly string[] = [],
    rejected: readonly string[] = [],
  ) {
    const arbs = valid();
    const knownKeys = Object.keys(arbs).filter((key) => !rejected.includes(key));
    let ok = 0;
    await fc.assert(
      fc.asyncProperty(queryEntries(arbs, required.length ? 3 : 5, required), async (entries) => {
        const query = toQueryString(entries);
        const answer = await get(`${path}${query ? `?${query}` : ''}`);
        const sent = expectStatus(answer, entries, knownKeys);
        if (answer.status === 200) {
          ok++;
          check(answer.body as never, sent);
        }
      }),
      { numRuns },
    );
    expect(ok).toBeGreaterThanOrEqual(Math.ceil((minOk * numRuns) / 100));
  }

  it('/api/v1/meta: 200 with the description only without parameters, else 400', async () => {
    await fuzzEndpoint(
      '/api/v1/meta',
      () => ({}),
      (body: Meta) => {
        expect(body).toMatchObject({ apiVersion: 'v1', unit: 'SIPRI TIV (millions)', firstYear: dataset.firstYear, lastYear: dataset.lastYear });
        expect(body.counts.deals).toBe(register.deals.length);
        expect(body.categories).toEqual(dataset.categories);
        expect(body.statuses).toEqual(dataset.statuses);
      },
      1,
    );
  });

  it('/api/v1/countries: 200 with every country only without parameters, else 400', async () => {
    await fuzzEndpoint(
      '/api/v1/countries',
      () => ({}),
      (body: CountriesResponse) => {
        expect(body.countries).toHaveLength(dataset.countries.size);
        for (const c of body.countries) {
          expect(['state', 'historical', 'non-state', 'organisation', 'unknown']).toContain(c.kind);
          expect(typeof c.supplies === 'boolean' && typeof c.receives === 'boolean').toBe(true);
          expect(Number.isInteger(c.deals) && c.deals >= (c.supplies || c.receives ? 1 : 0)).toBe(true);
        }
        // Each deal has one supplier and one recipient.
        expect(body.countries.reduce((sum, c) => sum + c.deals, 0)).toBe(2 * register.deals.length);
      },
      1,
    );
  });

  it('/api/v1/shares: rows sorted with shares summing to 1, one entry per year, or a 400', async () => {
    await fuzzEndpoint(
      '/api/v1/shares',
      () => ({
        recipient: fc.oneof(realCountry(), fc.constantFrom(...FAKE_COUNTRIES)),
        supplier: fc.oneof(realCountry(), fc.constantFrom(...FAKE_COUNTRIES)),
        by: flagCase(['recipient', 'supplier']),
        group: flagCase(['region', 'subregion', 'continent']),
        from: year(dataset.firstYear, dataset.lastYear),
        to: year(dataset.firstYear, dataset.lastYear),
        window: fc.constantFrom('1', '5', '2', '05'),
        top: fc.integer({ min: -1, max: 55 }).map(String),
        mergeSoviet: flagCase(['true', 'false']),
        category: fc.oneof(
          { weight: 4, arbitrary: fc.array(flagCase(dataset.categories), { minLength: 1, maxLength: 3 }).map((c) => c.join(',')) },
          { weight: 1, arbitrary: fc.constant('Aircraft,Tanks') },
        ),
        q: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('mi-35', 'radar', 'zzzz') }, { weight: 1, arbitrary: fc.constant('x'.repeat(201)) }),
      }),
      expectShares,
    );
  });

  it('/api/v1/transfers: one series per pair with every year, or a 400', async () => {
    await fuzzEndpoint(
      '/api/v1/transfers',
      () => ({
        supplier: countryList(1, 4),
        recipient: countryList(1, 4),
        from: year(dataset.firstYear, dataset.lastYear),
        to: year(dataset.firstYear, dataset.lastYear),
        window: fc.constantFrom('1', '5', '3'),
        mergeSoviet: flagCase(['true', 'false']),
        category: fc.oneof(
          { weight: 4, arbitrary: fc.array(flagCase(dataset.categories), { minLength: 1, maxLength: 3 }).map((c) => c.join(',')) },
          { weight: 1, arbitrary: fc.constant('Aircraft,Tanks') },
        ),
        q: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('mi-35', 'radar', 'zzzz') }, { weight: 1, arbitrary: fc.constant('x'.repeat(201)) }),
      }),
      expectTransfers,
      10,
      ['supplier', 'recipient'],
    );
  });

  /** The filters and sort of /deals and /deals.csv. */
  const dealsSelection = (): ValueArbs => {
    const sorts = SORT_FIELDS.flatMap((f) => [`${f}:asc`, `${f}:desc`]);
    return {
      supplier: countryList(1),
      recipient: countryList(1),
      supplierRegion: regionList(),
      recipientRegion: regionList(),
      category: fc.array(flagCase(dataset.categories), { minLength: 1, maxLength: 3 }).map((c) => c.join(',')),
      status: fc.array(flagCase(dataset.statuses), { minLength: 1, maxLength: 2 }).map((s) => s.join(',')),
      q: fc.oneof(fc.constantFrom('mi-35', 'tank', ' F-16 ', 'RADAR', 'x'.repeat(200), 'x'.repeat(201)), fc.string({ maxLength: 3 })),
      from: year(dataset.firstOrderYear, dataset.lastYear),
      to: year(dataset.firstOrderYear, dataset.lastYear),
      yearOf: flagCase(['order', 'delivery']),
      sort: fc.oneof(fc.constantFrom(...sorts), fc.constantFrom('id', 'id:ASC', 'tiv:desc', ':asc', 'id:asc:desc')),
      mergeSoviet: flagCase(['true', 'false']),
    };
  };
  const paging = (): ValueArbs => ({
    page: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(600, 1_000_000, 1_000_001)).map(String),
    pageSize: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(1000, 1001)).map(String),
  });

  it('/api/v1/deals: a page of the filtered, sorted register with summary and facets, or a 400', async () => {
    await fuzzEndpoint('/api/v1/deals', () => ({ ...dealsSelection(), ...paging() }), expectDeals);
  });

  it('/api/v1/deals.csv: every matching deal as valid CSV, or a 400 (always with page or pageSize)', async () => {
    // A supplier most of the time: a hundred exports of the whole register would take most of the timeout.
    const required = ['supplier'];
    await fuzzEndpoint('/api/v1/deals.csv', () => ({ ...dealsSelection(), ...paging() }), expectDealsCsv, 10, required, Object.keys(paging()));
  });

  it('/api/v1/deals/:id: 200 with that deal for an existing id, 404 for anything else, 400 with parameters', async () => {
    const id = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 29_916 }).map(String) },
      fc.integer({ min: -100, max: 100_000_000 }).map(String),
      fc.constantFrom('0', '01', '1.0', '1e3', '+1', '-1', ' 1', '１', '٣', '99999999999999999999', '1e308', 'abc', '<script>alert(1)</script>', 'javascript:alert(1)', '%00', '%', 'x'.repeat(5000)),
      unicode,
    );
    const ids = id.filter((x) => x !== '' && x !== '.' && x !== '..');
    let ok = 0;
    await fc.assert(
      fc.asyncProperty(ids, fc.oneof({ weight: 3, arbitrary: fc.constant<Entry[]>([]) }, queryEntries({}, 2)), async (raw, entries) => {
        const query = toQueryString(entries);
        const answer = await get(`/api/v1/deals/${encodeURIComponent(raw)}${query ? `?${query}` : ''}`);
        const keys = [...new URLSearchParams(query).keys()];
        const exists = /^[1-9]\d{0,8}$/.test(raw) && Number(raw) <= register.deals.length;
        const context = `id ${JSON.stringify(raw.slice(0, 60))}, query ${query.slice(0, 100)}`;
        if (keys.length) {
          expect(answer.status, context).toBe(400);
          expectErrorBody(answer.body, keys, []);
        } else if (exists) {
          expect(answer.status, context).toBe(200);
          const deal = answer.body as DealDetail;
          expect(deal.id).toBe(Number(raw));
          expectDeal(deal);
          ok++;
        } else {
          expect(answer.status, context).toBe(404);
          expectErrorBody(answer.body, keys, []);
          expect((answer.body as { error: { code: string } }).error.code).toBe('not_found');
        }
      }),
      { numRuns },
    );
    expect(ok).toBeGreaterThanOrEqual(10);
  });

  it('unknown paths under /api answer 404 not_found as JSON', async () => {
    const known = /^\/api\/v1\/(meta|countries|shares|transfers|deals|deals\.csv|deals\/[^/]+)\/?$/i;
    const segment = fc
      .oneof(unicode, fc.constantFrom('meta', 'deals', 'v1', 'v2', 'api', '<script>alert(1)</script>', '%00', '%', '__proto__', 'x'.repeat(5000)))
      .filter((s) => s !== '' && s !== '.' && s !== '..');
    const path = fc
      .tuple(fc.constantFrom('/api/', '/api/v1/', '/api/v2/', '/api/v1/deals/1/', '/api/v1/meta/'), fc.array(segment, { minLength: 1, maxLength: 3 }))
      .map(([prefix, segments]) => `${prefix}${segments.map(encodeURIComponent).join('/')}`)
      // Matched as sent: an encoded slash (%2F) stays inside its segment, so /deals/%3Ca%2Fb%3E is a deal id.
      .filter((p) => !known.test(p));
    await fc.assert(
      fc.asyncProperty(path, queryEntries({ from: junkValue }, 2), async (p, entries) => {
        const query = toQueryString(entries);
        const answer = await get(`${p}${query ? `?${query}` : ''}`);
        expect(answer.status, p.slice(0, 200)).toBe(404);
        expectErrorBody(answer.body, [], []);
        expect((answer.body as { error: { code: string } }).error.code).toBe('not_found');
      }),
      { numRuns },
    );
  });

  it('rejects a parameter named __proto__ like any other unknown or repeated one', async () => {
    const once = await get('/api/v1/meta?__proto__=1');
    expect(once.status).toBe(400);
    expect((once.body as { error: { code: string } }).error.code).toBe('unknown_parameter');
    const twice = await get('/api/v1/shares?__proto__=1&__proto__=2');
    expect(twice.status).toBe(400);
    expect((twice.body as { error: { code: string } }).error.code).toBe('invalid_parameter');
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties of the pure functions

const sharesOf = (query: Record<string, string | number | boolean>) =>
  getShares(dataset, dataset.deliveries, parseSharesQuery(dataset, new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))));

describe('API v1 functions: invariants over random valid queries', { timeout: 15_000 }, () => {
  const years = () =>
    fc
      .tuple(fc.integer({ min: dataset.firstYear, max: dataset.lastYear }), fc.integer({ min: dataset.firstYear, max: dataset.lastYear }))
      .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
  const recipient = () => fc.constantFrom(...recipientIds);

  it('with window 1, the yearly totals over from..to add up to the total', () => {
    fc.assert(
      fc.property(recipient(), years(), fc.boolean(), (id, range, mergeSoviet) => {
        const answer = sharesOf({ recipient: id, ...range, mergeSoviet });
        const terms = answer.years.reduce((n, y) => n + Object.keys(y.values).length + 1, 0);
        expect(Math.abs(answer.years.reduce((s, y) => s + y.total, 0) - answer.total)).toBeLessThanOrEqual(roundingSlack(terms));
      }),
      { numRuns: 60 },
    );
  });

  it('top keeps the total and the leading rows, and sums the rest into Other', () => {
    fc.assert(
      fc.property(recipient(), years(), fc.integer({ min: 1, max: 50 }), (id, range, top) => {
        const all = sharesOf({ recipient: id, ...range });
        const topped = sharesOf({ recipient: id, ...range, top });
        expect(Math.abs(topped.total - all.total)).toBeLessThanOrEqual(0.001 + 1e-9);
        const kept = all.rows.slice(0, top);
        const rest = all.rows.slice(top);
        expect(topped.rows.filter((r) => r.id !== 'other').map((r) => r.id).sort()).toEqual(kept.map((r) => r.id).sort());
        const other = topped.rows.find((r) => r.id === 'other');
        if (rest.length) {
          expect(other).toBeDefined();
          expect(Math.abs(other!.tiv - rest.reduce((s, r) => s + r.tiv, 0))).toBeLessThanOrEqual(roundingSlack(rest.length));
        } else {
          expect(other).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('mergeSoviet keeps a recipient’s total and folds the Soviet Union’s row into Russia’s', () => {
    fc.assert(
      fc.property(recipient(), years(), (id, range) => {
        const apart = sharesOf({ recipient: id, ...range, mergeSoviet: false });
        const together = sharesOf({ recipient: id, ...range, mergeSoviet: true });
        expect(Math.abs(together.total - apart.total)).toBeLessThanOrEqual(0.001 + 1e-9);
        expect(together.rows.some((r) => r.id === 'SUN')).toBe(false);
        const tivOf = (rows: SharesResponse['rows'], rowId: string) => rows.find((r) => r.id === rowId)?.tiv ?? 0;
        expect(Math.abs(tivOf(together.rows, 'RUS') - tivOf(apart.rows, 'RUS') - tivOf(apart.rows, 'SUN'))).toBeLessThanOrEqual(0.0015 + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('window 5 keeps the total and makes each point the sum of five yearly points', () => {
    fc.assert(
      fc.property(recipient(), years(), (id, range) => {
        const five = sharesOf({ recipient: id, ...range, window: 5 });
        const first = Math.max(dataset.firstYear, range.from - 4);
        const yearly = sharesOf({ recipient: id, from: first, to: range.to });
        expect(Math.abs(five.total - sharesOf({ recipient: id, ...range }).total)).toBeLessThanOrEqual(0.001 + 1e-9);
        const totalOf = new Map(yearly.years.map((y) => [y.year, y]));
        for (const point of five.years) {
          const window = [0, 1, 2, 3, 4].map((k) => totalOf.get(point.year - k)).filter((y) => y !== undefined);
          const terms = window.reduce((n, y) => n + Object.keys(y.values).length + 1, 0) + Object.keys(point.values).length;
          expect(Math.abs(window.reduce((s, y) => s + y.total, 0) - point.total)).toBeLessThanOrEqual(roundingSlack(terms));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a supplier’s row in /shares equals the total of that pair in /transfers', () => {
    fc.assert(
      fc.property(recipient(), years(), fc.boolean(), fc.nat(), (id, range, mergeSoviet, pick) => {
        const shares = sharesOf({ recipient: id, ...range, mergeSoviet });
        fc.pre(shares.rows.length > 0);
        const row = shares.rows[pick % shares.rows.length]!;
        const search = new URLSearchParams({ supplier: row.id, recipient: id, from: String(range.from), to: String(range.to), mergeSoviet: String(mergeSoviet) });
        const [series] = getTransfers(dataset, { deliveries: dataset.deliveries, orders }, parseTransfersQuery(dataset, search)).series;
        expect(Math.abs(series!.total - row.tiv)).toBeLessThanOrEqual(0.001 + 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('/deals facets count, for each chosen supplier, exactly the deals that match', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...dataset.suppliers), { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom(...dataset.categories), { nil: undefined }),
        (suppliers, category) => {
          const search = new URLSearchParams({ supplier: suppliers.join(','), pageSize: '1000' });
          if (category) search.set('category', category);
          const answer = searchDeals(register, parseDealsQuery(dataset, search));
          const chosen = [...new Set(suppliers)];
          expect(chosen.reduce((s, id) => s + (answer.facets.supplier[id] ?? 0), 0)).toBe(answer.total);
          if (!category) expect(Object.values(answer.facets.category).reduce((s, n) => s + n, 0)).toBe(answer.total);
        },
      ),
      { numRuns: 30 },
    );
  });
});
