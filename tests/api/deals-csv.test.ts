import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEALS_CSV_HEADER } from '../../core/endpoints/deals-csv.ts';
import type { Deal, DealsResponse } from '../../src/api/contract.ts';
import { miniDatasetFile, miniSources } from '../fixtures/mini-dataset.ts';
import { serveWith, transports } from './transports.ts';

/** The mini dataset with text a CSV writer can get wrong: separators, quotes, line breaks, formulas, accents. */
function awkwardDataset() {
  const file = miniDatasetFile();
  const { designation, description, comments } = file.deals;
  designation[0] = '=HYPERLINK("http://evil.example","click")';
  description[0] = 'fighter, "all-weather"';
  comments[0] = 'Ex-Soviet; "Alizé" class,\nline two\r\nline three';
  designation[1] = '+Su-30MK';
  description[1] = '-FGA aircraft';
  comments[1] = '@SUM(1+1)';
  designation[2] = '\tC-130J';
  comments[2] = ' leading and trailing spaces ';
  comments[3] = 'Россия → 中国 ✈';
  return file;
}

const sources = miniSources({}, awkwardDataset());

const column = (rows: string[][], name: string) => rows.slice(1).map((row) => row[DEALS_CSV_HEADER.indexOf(name)]);

/** Spreadsheets run a cell starting with these as a formula; the CSV prefixes such text with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const defused = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
const number = (value: number | null) => (value === null ? '' : String(value));

/** What each column must read once parsed, straight from the deal the JSON API serves. */
const expectedCells: Record<string, (deal: Deal) => string> = {
  'Deal id': (d) => String(d.id),
  'Supplier id': (d) => d.supplier,
  Supplier: (d) => d.supplierName,
  'Recipient id': (d) => d.recipient,
  Recipient: (d) => d.recipientName,
  'Year of order': (d) => String(d.orderYear),
  'Year of order is an estimate': (d) => String(d.orderYearEstimated),
  'Number ordered': (d) => number(d.numberOrdered),
  'Number ordered is an estimate': (d) => String(d.numberOrderedEstimated),
  'Weapon designation': (d) => defused(d.designation),
  'Weapon description': (d) => defused(d.description),
  'Armament category': (d) => d.category,
  'Number delivered': (d) => number(d.numberDelivered),
  'Number delivered is an estimate': (d) => String(d.numberDeliveredEstimated),
  'Years of delivery': (d) => d.deliveryYears.join('; '),
  Status: (d) => d.status,
  Comments: (d) => defused(d.comments),
  'TIV per unit: SIPRI TIV (millions)': (d) => number(d.tivPerUnit),
  'TIV of the order: SIPRI TIV (millions)': (d) => number(d.tivOrder),
  'TIV delivered: SIPRI TIV (millions)': (d) => number(d.tivDelivered),
  Source: () => 'SIPRI Arms Transfers Database, March 2026 release (data generated 2026-05-18)',
};

it('has every column: the flags as their own columns, ids beside names, the unit, the source', () => {
  expect(DEALS_CSV_HEADER).toEqual(Object.keys(expectedCells));
});

describe.each(transports())('GET /api/v1/deals.csv ($name)', (transport) => {
  const origin = serveWith(transport, sources);
  const fetchApi = (path: string, init?: RequestInit) => fetch(`${origin()}/api/v1${path}`, init);

  /** The CSV parsed back into rows, the header first; fails on any parse error. */
  async function csvRows(query = ''): Promise<string[][]> {
    const response = await fetchApi(`/deals.csv${query ? `?${query}` : ''}`);
    expect(response.status).toBe(200);
    const parsed = Papa.parse<string[]>(await response.text(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  /** Every deal /deals answers for the same query, in its order. */
  async function jsonDeals(query = ''): Promise<DealsResponse> {
    return (await fetchApi(`/deals?pageSize=1000${query ? `&${query}` : ''}`)).json();
  }

  it('answers a CSV attachment whose first line is the header', async () => {
    const response = await fetchApi('/deals.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="deals_sipri-march-2026.csv"');
    const text = await response.text();
    expect(text.startsWith(`${DEALS_CSV_HEADER.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it.each([
    '',
    'supplier=RUS,SUN',
    'supplier=RUS&recipient=PAK',
    'category=aircraft',
    'status=Second hand',
    'q=FGA',
    'from=2018&to=2019',
    'from=2015&to=2016&yearOf=order',
    'q=no-such-weapon',
    'sort=orderYear:desc',
    'sort=numberOrdered:asc',
    'sort=supplier:asc&category=Aircraft',
    'sort=tivDelivered:desc',
  ])('?%s: every deal /deals counts, in the same order', async (query) => {
    const [rows, json] = await Promise.all([csvRows(query), jsonDeals(query)]);
    expect(rows).toHaveLength(json.total + 1);
    expect(column(rows, 'Deal id')).toEqual(json.deals.map((deal) => String(deal.id)));
  });

  it('gives back exactly the deals’ cells: separators, quotes, line breaks and accents intact, formulas defused', async () => {
    const [rows, json] = await Promise.all([csvRows(), jsonDeals()]);
    expect(rows[0]).toEqual(DEALS_CSV_HEADER);
    expect(rows.slice(1)).toEqual(json.deals.map((deal) => DEALS_CSV_HEADER.map((name) => expectedCells[name]!(deal))));
    expect(column(rows, 'Comments')).toContain('Ex-Soviet; "Alizé" class,\nline two\r\nline three');
    expect(column(rows, 'Comments')).toContain('Россия → 中国 ✈');
    expect(column(rows, 'Weapon designation')).toContain('\'=HYPERLINK("http://evil.example","click")');
  });

  it('takes the Soviet Union with Russia as /deals does (mergeSoviet), the deals named as SIPRI lists them', async () => {
    const merged = await csvRows('supplier=RUS&mergeSoviet=true');
    expect(column(merged, 'Deal id')).toEqual((await jsonDeals('supplier=RUS&mergeSoviet=true')).deals.map((deal) => String(deal.id)));
    expect(column(merged, 'Supplier id')).toEqual(['SUN', 'RUS', 'RUS']);
    expect(column(await csvRows('supplier=RUS'), 'Supplier id')).toEqual(['RUS', 'RUS']);
  });

  it('has no cell a spreadsheet would run as a formula', async () => {
    const cells = (await csvRows()).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });

  it.each([
    ['page=1', 'unknown_parameter', 'page'],
    ['supplier=RUS&pageSize=1000', 'unknown_parameter', 'pageSize'],
    ['colour=red', 'unknown_parameter', 'colour'],
    ['supplier=XYZ', 'unknown_country', 'supplier'],
    ['category=Tanks', 'invalid_parameter', 'category'],
    ['sort=price:asc', 'invalid_parameter', 'sort'],
    ['from=2020&to=2010', 'invalid_parameter', 'from'],
    ['yearOf=contract', 'invalid_parameter', 'yearOf'],
    ['q=a&q=b', 'invalid_parameter', 'q'],
  ])('?%s → 400 %s as the JSON error body', async (query, code, parameter) => {
    const response = await fetchApi(`/deals.csv?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String), parameter } });
  });

  it('is matched on its own: 405 to anything but GET, 404 beside it', async () => {
    const post = await fetchApi('/deals.csv', { method: 'POST', body: '' });
    expect(post.status).toBe(405);
    expect((await post.json()).error.code).toBe('method_not_allowed');
    for (const [path, method] of [['/deals.json', 'GET'], ['/deals.csv/1', 'GET'], ['/dealsXcsv', 'GET'], ['/dealsXcsv', 'POST']] as const) {
      const answer = await fetchApi(path, { method });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect((await answer.json()).error.code, `${method} ${path}`).toBe('not_found');
    }
  });
});
