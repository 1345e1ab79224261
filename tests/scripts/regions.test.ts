import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import type { Country } from '../../core/dataset/schema.ts';
import type { SharesResponse } from '../../src/api/contract.ts';
import { FLOWS_PATH } from '../../core/dataset/files.ts';
import { regionOf, regionTable, REGIONS, SUBREGIONS, UnplacedCountryError, type Region } from '../../scripts/data/regions.ts';

/** The committed dataset's countries, as `npm run data` wrote them. */
const dataset = JSON.parse(readFileSync(new URL(`../../public/${FLOWS_PATH}`, import.meta.url), 'utf8')) as {
  countries: Country[];
};
const byId = new Map(dataset.countries.map((c) => [c.id, c]));
const placed = (id: string) => regionOf(byId.get(id)!);

describe('SIPRI’s regions of the countries in the data', () => {
  it('places every state, former state and armed group of the March 2026 data, and no organisation or unknown party', () => {
    const table = regionTable(dataset.countries);
    for (const country of dataset.countries) {
      const region = table[country.id];
      if (country.kind === 'organisation' || country.kind === 'unknown') expect(region, country.id).toBeNull();
      else expect(SUBREGIONS[region!.region] as readonly string[], country.id).toContain(region!.subregion);
    }
    expect(Object.keys(table)).toHaveLength(dataset.countries.length);
  });

  it('follows SIPRI where it differs from other groupings', () => {
    expect(placed('EGY')).toEqual({ region: 'Middle East', subregion: 'Middle East' });
    expect(placed('TUR')).toEqual({ region: 'Middle East', subregion: 'Middle East' });
    expect(placed('AFG')).toEqual({ region: 'Asia and Oceania', subregion: 'South Asia' });
    expect(placed('KAZ')).toEqual({ region: 'Asia and Oceania', subregion: 'Central Asia' });
    expect(placed('MEX')).toEqual({ region: 'Americas', subregion: 'Central America and the Caribbean' });
    expect(placed('SDN')).toEqual({ region: 'Africa', subregion: 'sub-Saharan Africa' });
    expect(placed('DZA')).toEqual({ region: 'Africa', subregion: 'North Africa' });
    expect(placed('EST')).toEqual({ region: 'Europe', subregion: 'Central Europe' });
    expect(placed('UKR')).toEqual({ region: 'Europe', subregion: 'Eastern Europe' });
    expect(placed('CYP')).toEqual({ region: 'Europe', subregion: 'Western Europe' });
  });

  it('gives former states their successor’s region and armed groups their country’s', () => {
    expect(placed('SUN')).toEqual({ region: 'Europe', subregion: 'Eastern Europe' });
    expect(placed('YUG')).toEqual({ region: 'Europe', subregion: 'Central Europe' });
    expect(placed('CSK')).toEqual({ region: 'Europe', subregion: 'Central Europe' });
    expect(placed('DDR')).toEqual({ region: 'Europe', subregion: 'Western Europe' });
    expect(placed('YAR')).toEqual({ region: 'Middle East', subregion: 'Middle East' });
    expect(placed('RVN')).toEqual({ region: 'Asia and Oceania', subregion: 'South East Asia' });
    expect(placed('biafra')).toEqual({ region: 'Africa', subregion: 'sub-Saharan Africa' });
    expect(placed('hezbollah-lebanon')).toEqual({ region: 'Middle East', subregion: 'Middle East' });
    expect(placed('viet-cong-south-vietnam')).toEqual({ region: 'Asia and Oceania', subregion: 'South East Asia' });
    expect(placed('palestinian-islamic-jihad-israel-palestine')?.region).toBe('Middle East');
    expect(placed('provisional-ira-uk')).toEqual({ region: 'Europe', subregion: 'Western Europe' });
    // Named after the colonial power, fought in the colony.
    expect(placed('frelimo-portugal')).toEqual({ region: 'Africa', subregion: 'sub-Saharan Africa' });
    expect(placed('viet-minh-france')?.subregion).toBe('South East Asia');
    expect(placed('syria-rebels')?.region).toBe('Middle East');
    expect(placed('nato')).toBeNull();
    expect(placed('unknown-recipient')).toBeNull();
  });

  it('stops at a state or armed group it cannot place, rather than leaving it without a region', () => {
    expect(() => regionOf({ id: 'XYZ', name: 'Atlantis', kind: 'state' })).toThrow(UnplacedCountryError);
    expect(() => regionOf({ id: 'NRU', name: 'Nauru', kind: 'state' })).toThrow(/no SIPRI region for the state NRU/);
    expect(() => regionOf({ id: 'ottoman', name: 'Ottoman Empire', kind: 'historical' })).toThrow(/no successor state/);
    expect(() => regionOf({ id: 'some-rebels', name: 'Some rebels*', kind: 'non-state' })).toThrow(/no country in the name/);
  });

  it('has SIPRI’s five regions, each subregion with states of the data', () => {
    expect(REGIONS).toEqual(['Africa', 'Americas', 'Asia and Oceania', 'Europe', 'Middle East']);
    const used = new Set(dataset.countries.filter((c) => c.kind === 'state').map((c) => regionOf(c)!.subregion));
    expect([...used].sort()).toEqual(Object.values(SUBREGIONS).flat().sort());
  });
});

describe('regional totals against SIPRI’s fact sheets', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  /** Each region's share of world arms imports over the years, from the API's ranking by region. */
  async function regionShares(from: number, to: number): Promise<Record<Region, number> & { tiv: Record<Region, number> }> {
    const answer = (await (await fetch(`http://localhost/api/v1/shares?by=recipient&group=region&from=${from}&to=${to}`)).json()) as SharesResponse;
    const row = (region: Region) => answer.rows.find((r) => r.id === region)!;
    const shares = Object.fromEntries(REGIONS.map((r) => [r, row(r).share])) as Record<Region, number>;
    return { ...shares, tiv: Object.fromEntries(REGIONS.map((r) => [r, row(r).tiv])) as Record<Region, number> };
  }

  it('ranks the regions, the parties of no region in a row of their own, every country counted once', async () => {
    const byRegion = (await (await fetch('http://localhost/api/v1/shares?by=recipient&group=region&from=2021&to=2025')).json()) as SharesResponse;
    const byCountry = (await (await fetch('http://localhost/api/v1/shares?by=recipient&from=2021&to=2025')).json()) as SharesResponse;
    expect(byRegion.group).toBe('region');
    expect(byRegion.rows.map((r) => r.id).sort()).toEqual([...REGIONS, 'none'].sort());
    expect(Math.abs(byRegion.total - byCountry.total)).toBeLessThan(0.01);
    const bySubregion = (await (await fetch('http://localhost/api/v1/shares?by=supplier&group=subregion&from=2021&to=2025')).json()) as SharesResponse;
    expect(bySubregion.rows[0]!.id).toBe('North America');
  });

  it('matches the March 2026 fact sheet: Europe 33% of imports in 2021–25, 12% in 2016–20, up 210%', async () => {
    const [before, after] = [await regionShares(2016, 2020), await regionShares(2021, 2025)];
    expect(after.Europe).toBeCloseTo(0.33, 2);
    expect(before.Europe).toBeCloseTo(0.12, 2);
    expect(after.tiv.Europe / before.tiv.Europe - 1).toBeCloseTo(2.1, 1);
  });

  it('is within a point of earlier fact sheets, which older releases’ revisions allow', async () => {
    // March 2021: Asia and Oceania 42% in 2016–20. March 2024: Asia and Oceania 37%, the Middle East 30% in 2019–23.
    expect(Math.abs((await regionShares(2016, 2020))['Asia and Oceania'] - 0.42)).toBeLessThan(0.01);
    const shares = await regionShares(2019, 2023);
    expect(Math.abs(shares['Asia and Oceania'] - 0.37)).toBeLessThan(0.01);
    expect(Math.abs(shares['Middle East'] - 0.3)).toBeLessThan(0.01);
  });
});
