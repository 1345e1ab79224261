import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const get = async (path: string) => (await fetch(`http://localhost/api/v1${path}`)).json();

/** The API over the committed dataset, checked against figures SIPRI publishes. */
describe('API on the March 2026 dataset', () => {
  it('describes the release', async () => {
    const meta = await get('/meta');
    expect(meta).toMatchObject({
      source: { release: 'March 2026', generated: '2026-05-18T14:29:20' },
      firstYear: 1950,
      lastYear: 2025,
      firstOrderYear: 1940,
      counts: { deals: 29916 },
    });
    expect(meta.source.citation).toContain('SIPRI Arms Transfers Database');
  });

  it.each([
    [2011, 2015, 0.7],
    [2016, 2020, 0.51],
    [2021, 2025, 0.4],
  ])("puts Russia's share (incl. Soviet Union) of India's imports %i–%i within a point of SIPRI's %f", async (from, to, published) => {
    const shares = await get(`/shares?recipient=IND&mergeSoviet=true&from=${from}&to=${to}`);
    const russia = shares.rows.find((row: { id: string }) => row.id === 'RUS');
    expect(Math.abs(russia.share - published)).toBeLessThanOrEqual(0.01);
  });

  it('charts a weapon lens whose every value is the deals behind it: India’s aircraft imports, 2021–2025', async () => {
    const shares = await get('/shares?recipient=IND&mergeSoviet=true&category=aircraft&from=2021&to=2025');
    expect(shares.lens).toEqual({ categories: ['Aircraft'], q: null });
    expect(shares.rows.slice(0, 3).map((row: { id: string }) => row.id)).toEqual(['FRA', 'USA', 'RUS']);
    // "Russia: 18 % of India's aircraft imports, 2021–2025" (Russia with the Soviet Union, a share of the aircraft).
    expect(shares.rows[2].share).toBeCloseTo(0.177, 3);
    for (const row of shares.rows.slice(0, 3) as { id: string; tiv: number }[]) {
      const supplier = row.id === 'RUS' ? 'RUS,SUN' : row.id;
      const deals = await get(`/deals?supplier=${supplier}&recipient=IND&category=Aircraft&from=2021&to=2025&pageSize=1`);
      expect(Math.abs(deals.summary.tivDelivered - row.tiv)).toBeLessThan(0.01);
    }
  });

  it('charts Pakistan’s ship imports, 2021–2025: China, Turkiye and the Netherlands', async () => {
    const shares = await get('/shares?recipient=PAK&category=Ships&from=2021&to=2025');
    expect(shares.rows.map((row: { id: string; share: number }) => [row.id, Math.round(row.share * 100)])).toEqual([
      ['CHN', 70],
      ['TUR', 18],
      ['NLD', 12],
    ]);
  });

  it('counts the Mi-35M helicopters by year: four ordered in 2015, four delivered in 2018, 46 TIV', async () => {
    const { series } = await get('/transfers?supplier=RUS&recipient=PAK&q=mi-35&from=2014&to=2019');
    const points = series[0].points.filter((p: { tiv: number; ordered: number }) => p.tiv || p.ordered);
    expect(points).toEqual([
      { year: 2015, tiv: 0, ordered: 46, units: 0, unitsOrdered: 4 },
      { year: 2018, tiv: 46, ordered: 0, units: 4, unitsOrdered: 0 },
    ]);
  });

  it('answers zeros, not an error, to a lens that matches nothing', async () => {
    const shares = await get('/shares?recipient=IND&q=no-such-weapon-anywhere');
    expect(shares).toMatchObject({ total: 0, rows: [], lens: { categories: [], q: 'no-such-weapon-anywhere' } });
  });

  it('finds Russia’s four Mi-35M helicopters for Pakistan', async () => {
    const answer = await get('/deals?supplier=RUS&recipient=PAK&q=mi-35m');
    expect(answer.total).toBe(1);
    expect(answer.deals[0]).toMatchObject({
      orderYear: 2015,
      numberOrdered: 4,
      numberDelivered: 4,
      deliveryYears: [2018],
      status: 'New',
      category: 'Aircraft',
      tivPerUnit: 11.5,
      tivOrder: 46,
      tivDelivered: 46,
      comments: 'Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery',
    });
    const detail = await get(`/deals/${answer.deals[0].id}`);
    expect(detail.yearly).toEqual([{ year: 2018, tiv: 46, units: 4 }]);
  });

  it('serves the committed events and claims, naming only countries in the data', async () => {
    const countries = new Set((await get('/countries')).countries.map((c: { id: string }) => c.id));
    const { events } = await get('/events');
    expect(events.length).toBeGreaterThanOrEqual(6);
    for (const event of events) for (const id of event.countries) expect(countries).toContain(id);
    const { claims } = await get('/claims');
    expect(claims.map((c: { rule: { type: string } }) => c.rule.type)).toEqual(['peak-share', 'recipient-rank', 'overtook', 'deal', 'share-shift']);
    for (const { rule } of claims) {
      for (const key of ['recipient', 'supplier', 'challenger', 'incumbent', 'falling', 'partner']) {
        if (key in rule) expect(countries).toContain(rule[key]);
      }
    }
  });

  it('keeps SIPRI names with non-ASCII letters intact', async () => {
    const answer = await get('/deals?q=aliz%C3%A9&pageSize=1');
    expect(answer.total).toBeGreaterThan(0);
    expect(`${answer.deals[0].designation} ${answer.deals[0].comments}`).toContain('Alizé');
  });
});
