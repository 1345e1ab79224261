import { describe, expect, it } from 'vitest';
import {
  ALL_WEAPONS,
  isNarrowed,
  lensFlow,
  lensLabel,
  lensNote,
  lensWeapons,
  matchingDealsHint,
  noMatchSentence,
  shareSentence,
  shareWhole,
  unitsMakeSense,
  weaponsCounted,
  withLensLabel,
  type WeaponLens,
} from '../../src/domain/weapon-lens.ts';

const lens = (categories: string[], weapon = ''): WeaponLens => ({ categories, weapon });
const AIRCRAFT = lens(['Aircraft']);
const MI35 = lens([], 'mi-35');

describe('the weapon lens in words', () => {
  it('labels the filter on its own, or nothing when every weapon counts', () => {
    expect(lensLabel(ALL_WEAPONS)).toBeNull();
    expect(lensLabel(AIRCRAFT)).toBe('Aircraft only');
    expect(lensLabel(lens(['Aircraft', 'Ships']))).toBe('Aircraft and Ships only');
    expect(lensLabel(lens(['Aircraft', 'Missiles', 'Ships']))).toBe('Aircraft, Missiles and Ships only');
    expect(lensLabel(MI35)).toBe('Weapons matching “mi-35”');
    expect(lensLabel(lens(['Aircraft'], '  Mi-35 '))).toBe('Aircraft matching “Mi-35”');
    // Blank text is no filter.
    expect(lensLabel(lens([], '   '))).toBeNull();
    expect(weaponsCounted(ALL_WEAPONS)).toBe('All major arms');
    expect(weaponsCounted(AIRCRAFT)).toBe('Aircraft only');
    expect(withLensLabel('Russia → India, 2018', AIRCRAFT)).toBe('Russia → India, 2018 (Aircraft only)');
    expect(withLensLabel('Russia → India, 2018', ALL_WEAPONS)).toBe('Russia → India, 2018');
  });

  it('names the weapons and their flows within a sentence', () => {
    expect(lensWeapons(ALL_WEAPONS)).toBe('arms');
    expect(lensWeapons(lens(['Aircraft', 'Ships']))).toBe('aircraft and ships');
    expect(lensWeapons(lens(['Other']))).toBe('other weapons');
    expect(lensWeapons(lens(['Ships'], 'frigate'))).toBe('ships matching “frigate”');
    expect(lensFlow(ALL_WEAPONS, 'imports')).toBe('arms imports');
    expect(lensFlow(AIRCRAFT, 'imports')).toBe('aircraft imports');
    expect(lensFlow(lens(['Aircraft', 'Air-defence systems']), 'exports')).toBe('aircraft and air-defence system exports');
    expect(lensFlow(lens(['Armoured vehicles']), 'deliveries')).toBe('armoured vehicle deliveries');
    // "Other" has no form before a noun, nor has a text.
    expect(lensFlow(lens(['Ships', 'Other']), 'imports')).toBe('imports of ships and other weapons');
    expect(lensFlow(MI35, 'importers')).toBe('importers of weapons matching “mi-35”');
    expect(lensFlow(lens(['Aircraft'], 'mi-35'), 'deliveries and orders')).toBe('deliveries and orders of aircraft matching “mi-35”');
  });

  it('says what a share is a share of: the filtered total', () => {
    const whole = shareWhole(AIRCRAFT, 'India', 'imports');
    expect(whole).toBe('India’s aircraft imports');
    expect(shareSentence('Russia', 0.18, whole, '2021–2025')).toBe('Russia: 18% of India’s aircraft imports, 2021–2025');
    expect(shareWhole(ALL_WEAPONS, null, 'exports')).toBe('the world’s arms exports');
    expect(shareWhole(MI35, 'Russia', 'exports')).toBe('Russia’s exports of weapons matching “mi-35”');
  });

  it('notes under a filtered chart what its values count', () => {
    expect(lensNote(ALL_WEAPONS)).toBeNull();
    expect(lensNote(AIRCRAFT)).toBe('Aircraft only: every value counts only the matching deals, and a share is a share of their total.');
    expect(lensNote(MI35)).toBe(
      'Weapons matching “mi-35” (in a deal’s designation, description or comments): every value counts only the matching deals, and a share is a share of their total.',
    );
  });

  it('says what an empty view lacks', () => {
    expect(noMatchSentence(lens(['Aircraft'], 'xyz'), 'to Pakistan', '2021–2025')).toBe('No aircraft deliveries to Pakistan in 2021–2025 match “xyz”.');
    expect(noMatchSentence(lens([], 'xyz'), 'to Pakistan', '2021–2025')).toBe('No deliveries to Pakistan in 2021–2025 match “xyz”.');
    expect(noMatchSentence(lens(['Satellites']), 'from France', '1990')).toBe('No satellite deliveries from France are recorded in 1990.');
    expect(noMatchSentence(ALL_WEAPONS, '', '1950–1960')).toBe('No deliveries are recorded in 1950–1960.');
  });

  it('counts the deals a weapon search leaves', () => {
    expect(matchingDealsHint(1, 'from Russia to Pakistan')).toBe('1 deal from Russia to Pakistan matches, in any year.');
    expect(matchingDealsHint(219, 'to India')).toBe('219 deals to India match, in any year.');
    expect(matchingDealsHint(90, null)).toBe('90 deals match, in any year.');
    expect(matchingDealsHint(0, 'to India', 90)).toBe('No deal to India matches; 90 deals match in the whole register.');
    expect(matchingDealsHint(0, 'to India', 1)).toBe('No deal to India matches; 1 deal matches in the whole register.');
    expect(matchingDealsHint(0, 'to India', 0)).toBe('No deal in the whole register matches.');
    expect(matchingDealsHint(0, null)).toBe('No deal matches.');
  });

  it('offers units only for a text or a single category: units of different weapons do not add up', () => {
    expect(isNarrowed(ALL_WEAPONS)).toBe(false);
    expect(isNarrowed(lens([], ' '))).toBe(false);
    expect(isNarrowed(AIRCRAFT)).toBe(true);
    expect(unitsMakeSense(ALL_WEAPONS)).toBe(false);
    expect(unitsMakeSense(AIRCRAFT)).toBe(true);
    expect(unitsMakeSense(lens(['Aircraft', 'Ships']))).toBe(false);
    expect(unitsMakeSense(lens(['Aircraft', 'Ships'], 'helicopter'))).toBe(true);
    expect(unitsMakeSense(MI35)).toBe(true);
  });
});
