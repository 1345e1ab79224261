import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../core/dataset/dataset.ts';
import { miniData, miniSources } from '../fixtures/mini-dataset.ts';
import { serveWith, transports } from './transports.ts';

const { dataset, orders, register } = miniData();
let failLoading = false;
/** The files loaded on first need (in the mock) cannot be read. */
let laterFilesMissing = false;
const sources = miniSources({
  getDataset: async () => {
    if (failLoading) throw new DatasetError('The dataset does not have the expected format (deals: missing).');
    return dataset;
  },
  getOrders: async () => (laterFilesMissing ? Promise.reject(new Error('orders.json: HTTP 503')) : orders),
  getRegister: async () => (laterFilesMissing ? Promise.reject(new Error('register.json: HTTP 503')) : register),
});

describe.each(transports())('API v1 over HTTP ($name)', (transport) => {
  const origin = serveWith(transport, sources);

  async function get(path: string, init?: RequestInit) {
    const response = await fetch(`${origin()}${path}`, init);
    return { status: response.status, body: await response.json() };
  }

  it('GET /api/v1/meta describes the source, years, unit and method', async () => {
    const { status, body } = await get('/api/v1/meta');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      apiVersion: 'v1',
      source: { release: 'March 2026', generated: '2026-05-18T14:29:20' },
      unit: 'SIPRI TIV (millions)',
      firstYear: 1963,
      lastYear: 2021,
      firstOrderYear: 1962,
      counts: { deals: 6, countries: 7, suppliers: 5, recipients: 2 },
      allocation: { method: 'Test fixture: allocated by hand.' },
    });
  });

  it('GET /api/v1/countries lists countries with what they do', async () => {
    const { body } = await get('/api/v1/countries');
    expect(body.countries[0]).toEqual({ id: 'CHN', name: 'China', kind: 'state', supplies: true, receives: false, deals: 1, region: 'Asia and Oceania', subregion: 'East Asia' });
    // How much each appears in the data: the deals it supplied or received.
    expect(body.countries.find((c: { id: string }) => c.id === 'IND')).toMatchObject({ supplies: false, receives: true, deals: 4 });
    expect(body.countries.find((c: { id: string }) => c.id === 'PAK')).toMatchObject({ deals: 2 });
  });

  it('GET /api/v1/shares, /transfers, /deals and /deals/:id answer the contract', async () => {
    expect((await get('/api/v1/shares?recipient=IND')).body.total).toBe(630);
    expect((await get('/api/v1/transfers?supplier=USA&recipient=IND&from=2011&to=2011')).body.series[0].total).toBe(120);
    expect((await get('/api/v1/deals?q=mi-35m')).body.deals[0].id).toBe(5);
    expect((await get('/api/v1/deals/5')).body.yearly).toEqual([{ year: 2018, tiv: 46, units: 4 }]);
  });

  it('filters the charts by a weapon’s text as /deals does, loading the register only then', async () => {
    const shares = (await get('/api/v1/shares?recipient=IND&q=RAFALE')).body;
    expect(shares).toMatchObject({ total: 150, lens: { categories: [], q: 'rafale' }, rows: [{ id: 'FRA', tiv: 150, share: 1 }] });
    const [mi35] = (await get('/api/v1/transfers?supplier=RUS&recipient=PAK&q=mi-35m&from=2018&to=2018')).body.series;
    expect(mi35).toMatchObject({ total: 46, units: 4, points: [{ year: 2018, tiv: 46, units: 4 }] });
    expect((await get('/api/v1/deals?q=rafale&recipient=IND')).body.summary.tivDelivered).toBe(shares.total);
  });

  it('says which file is missing when a file loaded later cannot be read, and still answers the charts', async () => {
    laterFilesMissing = true;
    try {
      expect((await get('/api/v1/shares?recipient=IND')).status).toBe(200);
      expect((await get('/api/v1/transfers?supplier=RUS&recipient=IND')).body.error).toMatchObject({
        code: 'dataset_unavailable',
        message: 'The orders table is not available: orders.json: HTTP 503',
      });
      expect((await get('/api/v1/deals')).body.error.message).toBe('The deals register is not available: register.json: HTTP 503');
      expect((await get('/api/v1/shares?recipient=IND&q=mi')).status).toBe(500);
    } finally {
      laterFilesMissing = false;
    }
  });

  it('matches paths in any case and with a trailing slash, and nothing beyond them', async () => {
    expect((await get('/API/V1/Deals/5')).body.id).toBe(5);
    expect((await get('/api/v1/meta/')).status).toBe(200);
    expect((await get('/api/v1/deals/5/yearly')).status).toBe(404);
    expect((await get('/api/v1/dealsXcsv')).status).toBe(404);
  });

  it('GET /api/v1/events lists events by country and years, oldest first; /claims lists the claims', async () => {
    expect((await get('/api/v1/events')).body.events.map((e: { id: string }) => e.id)).toEqual(['e2', 'e1']);
    expect((await get('/api/v1/events?country=PAK')).body).toMatchObject({ version: 1, events: [{ id: 'e1' }] });
    expect((await get('/api/v1/events?from=1965')).body.events.map((e: { id: string }) => e.id)).toEqual(['e1']);
    expect((await get('/api/v1/claims')).body.claims[0].rule.type).toBe('deal');
  });

  it.each([
    ['/api/v1/events?country=XYZ', 400, 'unknown_country', 'country'],
    ['/api/v1/claims?id=1', 400, 'unknown_parameter', 'id'],
    ['/api/v1/shares?recipient=XYZ', 400, 'unknown_country', 'recipient'],
    ['/api/v1/shares?from=abc', 400, 'invalid_parameter', 'from'],
    ['/api/v1/shares?colour=red', 400, 'unknown_parameter', 'colour'],
    ['/api/v1/meta?verbose=1', 400, 'unknown_parameter', 'verbose'],
    ['/api/v1/countries?kind=state', 400, 'unknown_parameter', 'kind'],
    ['/api/v1/transfers?supplier=RUS', 400, 'invalid_parameter', 'recipient'],
    ['/api/v1/deals?pageSize=5000', 400, 'invalid_parameter', 'pageSize'],
    ['/api/v1/deals/999', 404, 'not_found', undefined],
    ['/api/v1/deals/abc', 404, 'not_found', undefined],
    ['/api/v1/nothing', 404, 'not_found', undefined],
    ['/api/v2/meta', 404, 'not_found', undefined],
    // An endpoint's path inside a longer one is not that endpoint.
    ['/api/api/v1/meta', 404, 'not_found', undefined],
    ['/x/api/v1/deals/5', 404, 'not_found', undefined],
  ])('GET %s → %i %s', async (path, status, code, parameter) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.parameter).toBe(parameter);
    expect(answer.body.error.message).toEqual(expect.any(String));
  });

  it('answers 405 to anything but GET (or HEAD) on an endpoint, 404 beside one', async () => {
    const answer = await get('/api/v1/deals', { method: 'POST', body: '{}' });
    expect(answer.status).toBe(405);
    expect(answer.body.error.code).toBe('method_not_allowed');
    const head = await fetch(`${origin()}/api/v1/deals`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const beside = await get('/api/api/v1/deals', { method: 'POST', body: '{}' });
    expect(beside.status).toBe(404);
  });

  it('answers 500 dataset_unavailable, with the reason, when the dataset cannot be loaded', async () => {
    failLoading = true;
    try {
      const answer = await get('/api/v1/meta');
      expect(answer.status).toBe(500);
      expect(answer.body.error.code).toBe('dataset_unavailable');
      expect(answer.body.error.message).toContain('does not have the expected format');
    } finally {
      failLoading = false;
    }
  });
});
