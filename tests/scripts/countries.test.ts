import { describe, expect, it } from 'vitest';
import { resolveCountry, slug } from '../../scripts/data/countries.ts';

describe('resolveCountry', () => {
  it.each([
    ['India', 'IND'],
    ['Pakistan', 'PAK'],
    ['Russia', 'RUS'],
    ['United States', 'USA'],
    ['China', 'CHN'],
    ['France', 'FRA'],
    ['Israel', 'ISR'],
    ['Ukraine', 'UKR'],
    ['Saudi Arabia', 'SAU'],
    ['Qatar', 'QAT'],
    ['United Kingdom', 'GBR'],
    ['Germany', 'DEU'],
    ['Turkiye', 'TUR'],
    ["Cote d'Ivoire", 'CIV'],
    ['DR Congo', 'COD'],
    ['Congo', 'COG'],
    ['Viet Nam', 'VNM'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['Taiwan', 'TWN'],
    ['Palestine', 'PSE'],
    ['Kosovo', 'XKX'],
    ['Western Sahara', 'ESH'],
    ['eSwatini', 'SWZ'],
    ['United Arab Emirates', 'ARE'],
    ['Bosnia-Herzegovina', 'BIH'],
    ['Saint Vincent', 'VCT'],
  ])('gives the state %s the ISO code %s', (name, id) => {
    expect(resolveCountry(name)).toEqual({ id, name, kind: 'state' });
  });

  it.each([
    ['Soviet Union', 'SUN'],
    ['Czechoslovakia', 'CSK'],
    ['Yugoslavia', 'YUG'],
    ['East Germany (GDR)', 'DDR'],
    ['South Yemen', 'YMD'],
    ['South Vietnam', 'RVN'],
    ['Biafra', 'biafra'],
    ['Katanga', 'katanga'],
  ])('marks %s as historical, id %s', (name, id) => {
    expect(resolveCountry(name)).toEqual({ id, name, kind: 'historical' });
  });

  it('merges both names of North Yemen', () => {
    expect(resolveCountry('North Yemen')).toEqual({ id: 'YAR', name: 'North Yemen', kind: 'historical' });
    expect(resolveCountry('Yemen Arab Republic (North Yemen)')).toEqual({ id: 'YAR', name: 'North Yemen', kind: 'historical' });
  });

  it('gives non-state actors, organisations and unknowns slugs', () => {
    expect(resolveCountry('Hezbollah (Lebanon)*')).toEqual({ id: 'hezbollah-lebanon', name: 'Hezbollah (Lebanon)*', kind: 'non-state' });
    expect(resolveCountry('Houthi rebels (Yemen)*').id).toBe('houthi-rebels-yemen');
    expect(resolveCountry('Northern Cyprus')).toEqual({ id: 'northern-cyprus', name: 'Northern Cyprus', kind: 'non-state' });
    expect(['NATO**', 'United Nations**', 'African Union**', 'European Union**', 'OSCE**', 'Regional Security System**'].map(resolveCountry)).toEqual(
      ['nato', 'united-nations', 'african-union', 'european-union', 'osce', 'regional-security-system'].map((id, i) => ({
        id,
        name: ['NATO**', 'United Nations**', 'African Union**', 'European Union**', 'OSCE**', 'Regional Security System**'][i],
        kind: 'organisation',
      })),
    );
    expect(resolveCountry('unknown supplier(s)')).toMatchObject({ id: 'unknown-supplier', kind: 'unknown' });
    expect(resolveCountry('unknown recipient(s)')).toMatchObject({ id: 'unknown-recipient', kind: 'unknown' });
    expect(resolveCountry('unknown rebel group*')).toMatchObject({ id: 'unknown-rebel-group', kind: 'unknown' });
  });

  it('maps the 2025 spellings to the same ids as the 2026 ones', () => {
    expect(resolveCountry('UAE').id).toBe(resolveCountry('United Arab Emirates').id);
    expect(resolveCountry('HoR (Libya)*').id).toBe(resolveCountry('House of Representatives (Libya)*').id);
    expect(resolveCountry('Libya HoR*').id).toBe('house-of-representatives-libya');
    expect(resolveCountry('PIJ (Israel/Palestine)*').id).toBe(resolveCountry('Palestinian Islamic Jihad (Israel/Palestine)*').id);
  });

  it('maps the spellings of the 2022 pair tables to the 2026 ids', () => {
    expect(['Turkey', 'PKK (Turkey)*', 'Yemen Arab Republic', 'Libya GNC', 'Micronesia'].map((name) => resolveCountry(name).id)).toEqual([
      'TUR',
      'pkk-turkiye',
      'YAR',
      'LBY',
      'FSM',
    ]);
    expect(['Unknown supplier(s)', 'Unknown recipient(s)', 'Unknown rebel group*'].map(resolveCountry)).toEqual(
      ['unknown supplier(s)', 'unknown recipient(s)', 'unknown rebel group*'].map(resolveCountry),
    );
  });

  it('fails loudly on a name it cannot place', () => {
    expect(() => resolveCountry('Atlantis')).toThrow('unmapped country name "Atlantis"');
  });

  it('makes lowercase slugs', () => {
    expect(slug('Palestinian Islamic Jihad (Israel/Palestine)*')).toBe('palestinian-islamic-jihad-israel-palestine');
  });
});
