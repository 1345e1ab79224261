import { describe, expect, it } from 'vitest';
import type { CountrySummary, SharesGroup } from '../../src/api/contract.ts';
import { groupNote, groupRowIds, membersSummary, regionMembers } from '../../src/features/shares/regions.ts';

const country = (id: string, region: string | null, subregion: string | null, supplies: boolean, receives: boolean): CountrySummary => ({
  id,
  name: id,
  kind: region ? 'state' : 'organisation',
  supplies,
  receives,
  deals: 1,
  region,
  subregion,
});
const countries = [
  country('ABW', 'Americas', 'Central America and the Caribbean', true, false), // supplied, never received
  country('FRA', 'Europe', 'Western Europe', true, true),
  country('SUN', 'Europe', 'Eastern Europe', true, true),
  country('UKR', 'Europe', 'Eastern Europe', true, true),
  country('USA', 'Americas', 'North America', true, true),
  country('nato', null, null, false, true),
];

describe('the world rankings by region', () => {
  it('knows the rows of each grouping: the regions and subregions in the data, and the row of no region', () => {
    const rows = groupRowIds(countries);
    expect([...rows.region].sort()).toEqual(['Americas', 'Europe', 'none']);
    expect([...rows.subregion].sort()).toEqual(['Central America and the Caribbean', 'Eastern Europe', 'North America', 'Western Europe', 'none']);
  });

  it('gives a region’s row the countries of the region with deals in the ranking’s role', () => {
    const ids = (group: SharesGroup, rowId: string, role: 'recipient' | 'supplier') => regionMembers(countries, group, rowId, role).map((c) => c.id);
    expect(ids('region', 'Europe', 'recipient')).toEqual(['FRA', 'SUN', 'UKR']);
    expect(ids('subregion', 'Eastern Europe', 'supplier')).toEqual(['SUN', 'UKR']);
    // Aruba supplied but never received: not among the Americas' recipients, whose deals it has none of.
    expect(ids('region', 'Americas', 'recipient')).toEqual(['USA']);
    expect(ids('region', 'Americas', 'supplier')).toEqual(['ABW', 'USA']);
    expect(ids('region', 'none', 'recipient')).toEqual(['nato']);
    expect(ids('region', 'none', 'supplier')).toEqual([]);
    expect(ids('region', 'Atlantis', 'recipient')).toEqual([]);
  });

  it('says what a region’s deals are, and where SIPRI puts whom', () => {
    expect(membersSummary('region', 'Europe', 'recipient', 49)).toBe('Deliveries to the 49 recipients SIPRI places in Europe');
    expect(membersSummary('region', 'Americas', 'supplier', 1)).toBe('Deliveries from the supplier SIPRI places in the Americas');
    expect(membersSummary('subregion', 'Middle East', 'recipient', 30)).toBe('Deliveries to the 30 recipients SIPRI places in the Middle East');
    expect(membersSummary('subregion', 'none', 'recipient', 9)).toBe(
      'Deliveries to the 9 recipients SIPRI places in no subregion (organisations, unknown parties)',
    );
    expect(groupNote('region')).toMatch(/^Regions are SIPRI’s five: .*the Soviet Union in Europe/);
    expect(groupNote('subregion')).toMatch(/the Soviet Union in Eastern Europe/);
  });
});
