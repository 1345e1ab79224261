import { describe, expect, it } from 'vitest';
import { ALL_WEAPONS } from '../../src/domain/weapon-lens.ts';
import { changedPairsView, DEFAULT_PAIRS_VIEW, pairsViewSearch, parsePairsView, transfersFilters } from '../../src/features/pairs/pairs-view.ts';
import { DEFAULT_VIEW, parseSharesView, sharesFilters, sharesViewSearch } from '../../src/features/shares/shares-view.ts';

const CATEGORIES = ['Aircraft', 'Air-defence systems', 'Armoured vehicles', 'Missiles', 'Ships', 'Other'];
const context = {
  countryIds: new Set(['IND', 'PAK', 'RUS', 'SUN', 'USA']),
  groupRows: { region: new Set<string>(), subregion: new Set<string>() },
  categories: CATEGORIES,
  firstYear: 1950,
  lastYear: 2025,
};
const shares = (query: string) => parseSharesView(new URLSearchParams(query), context);
const pairs = (query: string) => parsePairsView(new URLSearchParams(query), context);

describe('the weapon lens in the URL of /shares and /pairs', () => {
  it('reads categories in any case, as /meta spells them and in its order, and the weapon as typed', () => {
    const { view, notices } = shares('category=ships,AIRCRAFT,Ships&weapon=Mi-35 ');
    expect(notices).toEqual([]);
    expect(view.lens).toEqual({ categories: ['Aircraft', 'Ships'], weapon: 'Mi-35 ' });
    expect(sharesViewSearch(view).toString()).toBe('category=Aircraft%2CShips&weapon=Mi-35+');
    expect(pairs('pairs=RUS:PAK&category=air-defence%20systems').view.lens).toEqual({ categories: ['Air-defence systems'], weapon: '' });
  });

  it('drops an unknown category and an over-long text with a notice, keeping the rest', () => {
    const { view, notices } = shares(`category=Aircraft,Spaceships&weapon=${'x'.repeat(201)}`);
    expect(view.lens).toEqual({ categories: ['Aircraft'], weapon: '' });
    expect(notices).toEqual([
      'Ignored category=“Aircraft,Spaceships”: “Spaceships” not in the data.',
      `Ignored weapon=“${'x'.repeat(40)}…”: searches are limited to 200 characters.`,
    ]);
    expect(pairs('category=,').view.lens).toEqual(ALL_WEAPONS);
  });

  it('writes nothing when every weapon counts, or for a blank text', () => {
    expect(shares('').view).toEqual(DEFAULT_VIEW);
    expect(sharesViewSearch({ ...DEFAULT_VIEW, lens: { categories: [], weapon: '   ' } }).toString()).toBe('');
    expect(pairsViewSearch(DEFAULT_PAIRS_VIEW).toString()).toBe('');
  });

  it('asks the API through the lens once per country: the text trimmed and lower-cased, the years not in the key', () => {
    const { view } = shares('recipient=PAK&category=Ships&weapon=%20F-16%20&from=2010&to=2012');
    expect(sharesFilters(view)).toMatchObject({ recipient: 'PAK', categories: ['Ships'], q: 'f-16', from: null, to: null });
    expect(sharesFilters({ ...view, from: 1990 })).toEqual(sharesFilters(view));
    expect(transfersFilters(pairs('pairs=RUS:PAK&weapon=Mi-35').view)).toMatchObject({ suppliers: ['RUS'], recipients: ['PAK'], categories: [], q: 'mi-35' });
  });
});

describe('units on the pair chart', () => {
  it('draws units where a weapon text or a single category narrows the view', () => {
    const { view, notices } = pairs('pairs=RUS:PAK&weapon=mi-35&measure=units');
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ measure: 'units', lens: { categories: [], weapon: 'mi-35' } });
    expect(pairsViewSearch(view).toString()).toBe('pairs=RUS%3APAK&weapon=mi-35&measure=units');
    expect(pairs('category=Aircraft&measure=units').view.measure).toBe('units');
    expect(pairs('measure=tiv').notices).toEqual([]);
  });

  it('drops units with a notice where they would add up different weapons', () => {
    for (const query of ['measure=units', 'category=Aircraft,Ships&measure=units', 'weapon=%20&measure=units']) {
      const { view, notices } = pairs(query);
      expect(view.measure).toBe('tiv');
      expect(notices).toEqual(['Ignored measure=“units”: units are drawn only for a weapon search or a single category; TIV is shown.']);
    }
    expect(pairs('measure=count').notices).toEqual(['Ignored measure=“count”: expected tiv or units.']);
  });

  it('goes back to TIV when the lens is widened, and stays on units while it is narrow', () => {
    const units = pairs('pairs=RUS:PAK&weapon=mi-35&measure=units').view;
    expect(changedPairsView(units, { lens: ALL_WEAPONS }).measure).toBe('tiv');
    expect(changedPairsView(units, { lens: { categories: ['Aircraft', 'Ships'], weapon: '' } }).measure).toBe('tiv');
    expect(changedPairsView(units, { lens: { categories: ['Aircraft'], weapon: '' } }).measure).toBe('units');
    expect(changedPairsView(units, { from: 2000 })).toMatchObject({ measure: 'units', from: 2000 });
  });
});
