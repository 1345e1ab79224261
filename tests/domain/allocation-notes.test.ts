import { describe, expect, it } from 'vitest';
import type { DealDetail } from '../../src/api/contract.ts';
import { dealTimingNote, timingNote } from '../../src/domain/allocation-notes.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const { allocation } = miniDataset(); // per-year file 1995–2024 (March 2025), pair tables 1950–2021 (March 2022)

describe('timingNote', () => {
  it('says, for the years shown, which were fitted to the pair tables, which follow the units per year, which are even', () => {
    const note = timingNote(allocation, 1950, 2025);
    expect(note).toMatch(/^Yearly values spread each deal’s TIV, one total in SIPRI’s register, over its years of delivery: /);
    expect(note).toContain('1950–1994 estimated, fitted pair by pair to the yearly shape of SIPRI’s pair-by-year tables (March 2022 release)');
    expect(note).toContain('1995–2024 by the units SIPRI’s per-year file records for each year (March 2025 release), the few deals it lacks fitted to the tables up to 2021 or split evenly');
    expect(note).toMatch(/; 2025 estimated, from the units still due after 2024 or evenly\.$/);
  });

  it('names only the years within from..to', () => {
    expect(timingNote(allocation, 1960, 1960)).toMatch(/: 1960 estimated, fitted pair by pair .*, or evenly where they lack the pair\.$/);
    const recent = timingNote(allocation, 2000, 2010);
    expect(recent).toContain(': 2000–2010 by the units');
    expect(recent).not.toMatch(/pair-by-year tables \(/);
    // A five-year row that starts before the data does not name years before the tables.
    expect(timingNote(allocation, 1946, 1950)).toContain(': 1950 estimated');
    expect(timingNote(allocation, 1990, 1999)).toMatch(/1990–1994 estimated.*; 1995–1999 by the units/);
  });
});

describe('dealTimingNote', () => {
  const deal = (allocationOf: DealDetail['allocation'], deliveryYears = [1963, 1964]) => ({
    allocation: allocationOf,
    deliveryYears,
    supplierName: 'Soviet Union',
    recipientName: 'India',
  });

  it('says how the deal was spread, and why evenly', () => {
    expect(dealTimingNote(deal({ how: 'per-year file', reason: null }), allocation)).toMatch(/^Spread by the units delivered each year, as SIPRI’s per-year file \(March 2025 release\) records them/);
    expect(dealTimingNote(deal({ how: 'fitted', reason: null }), allocation)).toBe(
      'An estimate of timing: SIPRI’s per-year file (March 2025 release) does not have this deal and the yearly split is fitted so that Soviet Union → India’s yearly totals follow the shape of the pair’s row in SIPRI’s pair-by-year tables (March 2022 release).',
    );
    expect(dealTimingNote(deal({ how: 'even', reason: 'pairNotInTables' }), allocation)).toMatch(/split evenly .* have no row for Soviet Union → India\.$/);
    expect(dealTimingNote(deal({ how: 'even', reason: 'outsideTableYears' }), allocation)).toMatch(/end in 2021, before this deal’s last delivery\.$/);
    expect(dealTimingNote(deal({ how: 'even', reason: 'noTableTiv' }), allocation)).toMatch(/show no TIV for Soviet Union → India in this deal’s years/);
  });

  it('says a one-year deal holds all its TIV in that year, and nothing for a deal not delivered', () => {
    expect(dealTimingNote(deal({ how: 'fitted', reason: null }, [1965]), allocation)).toBe('Delivered in one year, which holds all of its TIV.');
    expect(dealTimingNote(deal({ how: 'even', reason: null }, []), allocation)).toBe('');
  });
});
