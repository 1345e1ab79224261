import { readFileSync } from 'node:fs';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { atlasIdsModule, atlasIdTable } from '../../scripts/map/atlas-ids.ts';
import type { CountriesResponse, CountryKind, SharesResponse } from '../../src/api/contract.ts';
import { countryOfShape, placeOnMap, placeRegions, shapesByCountry, type MapRow } from '../../src/features/shares/map/map-geography.ts';

const shapes = atlas.objects.countries.geometries;
const onMap = new Set(shapesByCountry(shapes).keys());

describe('the join of the data’s country ids to Natural Earth’s shapes', () => {
  it('uses the committed table, which is what scripts/map-ids.ts writes from world-atlas and ISO 3166', () => {
    const committed = readFileSync(new URL('../../src/features/shares/map/atlas-ids.ts', import.meta.url), 'utf8');
    expect(committed).toBe(atlasIdsModule(atlasIdTable(shapes)));
  });

  it('joins shapes by ISO numeric id, the three without one by name, and leaves Antarctica off', () => {
    expect(countryOfShape({ id: '356', properties: { name: 'India' } })).toBe('IND');
    expect(countryOfShape({ id: '643', properties: { name: 'Russia' } })).toBe('RUS');
    expect(countryOfShape({ properties: { name: 'Kosovo' } })).toBe('XKX');
    expect(countryOfShape({ properties: { name: 'Somaliland' } })).toBe('SOM');
    expect(countryOfShape({ properties: { name: 'N. Cyprus' } })).toBe('northern-cyprus');
    expect(countryOfShape({ id: '010', properties: { name: 'Antarctica' } })).toBeNull();
    expect(countryOfShape({ properties: { name: 'Atlantis' } })).toBeNull();
    const byCountry = shapesByCountry(shapes);
    expect(byCountry.get('SOM')).toHaveLength(2);
    expect(byCountry.has('ATA')).toBe(false);
    expect(byCountry.size).toBe(shapes.length - 2); // Antarctica left off, Somaliland drawn as Somalia
  });
});

const kinds: Record<string, CountryKind> = {
  IND: 'state', CHN: 'state', RUS: 'state', UKR: 'state', DEU: 'state', YEM: 'state', SGP: 'state',
  SUN: 'historical', DDR: 'historical', YAR: 'historical', YMD: 'historical', biafra: 'historical',
  'hezbollah-lebanon': 'non-state', 'northern-cyprus': 'non-state', nato: 'organisation', 'unknown-recipient': 'unknown',
};
const kindOf = (id: string) => kinds[id];
const row = (id: string, tiv = 10): MapRow => ({ id, name: id, tiv, share: 0.1 });
const place = (ids: string[], subject: string | null = null) => placeOnMap(ids.map((id) => row(id)), { onMap, kindOf, subject });

describe('what the map draws and what it lists', () => {
  it('draws states on their own shapes and lists states too small for the 1:110m map', () => {
    const { drawn, notDrawn } = place(['IND', 'SGP']);
    expect(drawn).toEqual([{ row: row('IND'), countries: ['IND'], historical: false }]);
    expect(notDrawn).toEqual([{ row: row('SGP'), reason: 'too-small' }]);
  });

  it('draws a former state over its successors’ area when none of them has a value of its own', () => {
    const { drawn } = place(['SUN']);
    expect(drawn[0]).toMatchObject({ historical: true });
    expect([...drawn[0]!.countries].sort()).toEqual(['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']);
    expect(place(['DDR']).drawn).toEqual([{ row: row('DDR'), countries: ['DEU'], historical: true }]);
  });

  it('lists a former state whose area shows other values: a successor’s, another former state’s, the country looked at', () => {
    expect(place(['SUN', 'UKR']).notDrawn).toEqual([{ row: row('SUN'), reason: 'overlap' }]);
    expect(place(['DDR', 'DEU']).notDrawn).toEqual([{ row: row('DDR'), reason: 'overlap' }]);
    // The two Yemens would both be drawn over Yemen: neither is.
    expect(place(['YAR', 'YMD']).notDrawn.map((n) => [n.row.id, n.reason])).toEqual([['YAR', 'overlap'], ['YMD', 'overlap']]);
    expect(place(['SUN'], 'UKR').notDrawn).toEqual([{ row: row('SUN'), reason: 'overlap' }]);
  });

  it('marks the country looked at over its area, a former state over its successors’', () => {
    expect(place(['IND'], 'RUS').subject).toEqual(['RUS']);
    expect(place(['IND'], 'SUN').subject).toHaveLength(15);
    expect(place(['IND'], 'hezbollah-lebanon').subject).toEqual([]);
  });

  it('lists armed groups, organisations, unknown parties and breakaway states, and draws Northern Cyprus on its shape', () => {
    const { drawn, notDrawn } = place(['hezbollah-lebanon', 'nato', 'unknown-recipient', 'biafra', 'northern-cyprus', 'XXX']);
    expect(drawn.map((d) => d.row.id)).toEqual(['northern-cyprus']);
    expect(notDrawn.map((n) => [n.row.id, n.reason])).toEqual([
      ['hezbollah-lebanon', 'armed-group'],
      ['nato', 'organisation'],
      ['unknown-recipient', 'unknown'],
      ['biafra', 'breakaway'],
      ['XXX', 'no-shape'],
    ]);
  });

  it('leaves out values of 0', () => {
    const placement = placeOnMap([row('IND', 0), row('SUN', 0)], { onMap, kindOf, subject: null });
    expect(placement).toEqual({ drawn: [], notDrawn: [], subject: [] });
  });
});

describe('a ranking by region on the map', () => {
  const countries = [
    { id: 'FRA', region: 'Europe', subregion: 'Western Europe' },
    { id: 'RUS', region: 'Europe', subregion: 'Eastern Europe' },
    { id: 'MLT', region: 'Europe', subregion: 'Western Europe' }, // too small to draw
    { id: 'SUN', region: 'Europe', subregion: 'Eastern Europe' }, // no shape of its own
    { id: 'IND', region: 'Asia and Oceania', subregion: 'South Asia' },
    { id: 'hezbollah-lebanon', region: 'Middle East', subregion: 'Middle East' },
    { id: 'nato', region: null, subregion: null },
  ];

  it('draws each region over its states’ shapes and lists the row of no region', () => {
    const rows = [row('Europe', 30), row('none', 5), row('Asia and Oceania', 20), row('Africa', 0)];
    expect(placeRegions(rows, countries, 'region', onMap)).toEqual({
      drawn: [
        { row: row('Europe', 30), countries: ['FRA', 'RUS'], historical: false },
        { row: row('Asia and Oceania', 20), countries: ['IND'], historical: false },
      ],
      notDrawn: [{ row: row('none', 5), reason: 'no-region' }],
      subject: [],
    });
    expect(placeRegions([row('Western Europe'), row('Eastern Europe')], countries, 'subregion', onMap).drawn.map((d) => d.countries)).toEqual([['FRA'], ['RUS']]);
  });

  it('lists a region none of whose countries is on the map, rather than losing it', () => {
    expect(placeRegions([row('Middle East')], countries, 'region', onMap).notDrawn).toEqual([{ row: row('Middle East'), reason: 'no-shape' }]);
  });
});

describe('every party with deliveries in the March 2026 data', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const get = async <T>(path: string): Promise<T> => (await fetch(`http://localhost/api/v1${path}`)).json() as Promise<T>;

  it('is drawn or listed with its reason, and the states listed are exactly the small ones', async () => {
    const { countries } = await get<CountriesResponse>('/countries');
    const kindsInData = new Map(countries.map((c) => [c.id, c.kind]));
    const context = { onMap, kindOf: (id: string) => kindsInData.get(id), subject: null };
    const parties = new Map<string, MapRow>();
    for (const by of ['recipient', 'supplier']) {
      for (const r of (await get<SharesResponse>(`/shares?by=${by}`)).rows) parties.set(r.id, r);
    }
    expect(parties.size).toBeGreaterThan(250);

    const tooSmall: string[] = [];
    for (const party of parties.values()) {
      // Each on its own, as in a view where it is the only value.
      const { drawn, notDrawn } = placeOnMap([party], context);
      expect(drawn.length + notDrawn.length, party.id).toBe(1);
      const kind = kindsInData.get(party.id);
      if (kind === 'state' && notDrawn.length) {
        expect(notDrawn[0]!.reason).toBe('too-small');
        tooSmall.push(party.id);
      }
      if (['SUN', 'YUG', 'CSK', 'DDR', 'YAR', 'YMD', 'RVN'].includes(party.id)) expect(drawn[0]?.historical, party.id).toBe(true);
      const listedKind = kind === 'non-state' || kind === 'organisation' || kind === 'unknown';
      if (listedKind && party.id !== 'northern-cyprus') expect(notDrawn, party.id).toHaveLength(1);
    }
    // Island and city states under Natural Earth's 1:110m threshold; a broken join would add others here.
    expect(tooSmall.sort()).toEqual(['ABW', 'ATG', 'BHR', 'BRB', 'COM', 'CPV', 'GRD', 'KNA', 'MDV', 'MLT', 'MUS', 'SGP', 'SYC', 'TON', 'VCT']);

    // All of them at once, as the world's rankings over every year show them: still nothing lost.
    const all = placeOnMap([...parties.values()], context);
    expect(all.drawn.length + all.notDrawn.length).toBe(parties.size);
  });

  it('draws every region and subregion over the shapes of its states; only the parties of no region are listed', async () => {
    const { countries } = await get<CountriesResponse>('/countries');
    for (const group of ['region', 'subregion'] as const) {
      const { rows } = await get<SharesResponse>(`/shares?by=recipient&group=${group}`);
      const { drawn, notDrawn } = placeRegions(rows, countries, group, onMap);
      expect(notDrawn.map((n) => [n.row.id, n.reason])).toEqual([['none', 'no-region']]);
      expect(drawn).toHaveLength(rows.length - 1);
      // Each country on the map in one region at most.
      const drawnCountries = drawn.flatMap((d) => d.countries);
      expect(new Set(drawnCountries).size).toBe(drawnCountries.length);
    }
  });
});
