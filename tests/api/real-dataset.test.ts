import { describe, expect, it } from 'vitest';
import { dataSources } from '../../mocks/node.ts';
import { serveWith, transports } from './transports.ts';

/** The API over the committed dataset, checked against figures SIPRI publishes. */
describe.each(transports())('API on the March 2026 dataset ($name)', (transport) => {
  const origin = serveWith(transport, dataSources);
  const get = async (path: string) => (await fetch(`${origin()}/api/v1${path}`)).json();

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
    expect(detail.yearly).toEqual([{ year: 2018, tiv: 46 }]);
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
