import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterDeals, getDeal, parseDealsQuery, searchDeals } from '../../core/endpoints/deals.ts';
import { createApi } from '../../core/routes.ts';
import type { DealsResponse, SharesResponse } from '../../src/api/contract.ts';
import type { DealRecord } from '../../core/dataset/dataset.ts';
import { roundTiv } from '../../src/domain/round-tiv.ts';
import { ApiProblem } from '../../core/problem.ts';
import { dataSources } from '../../mocks/node.ts';
import { miniData } from '../fixtures/mini-dataset.ts';

const { dataset, register: mini } = miniData();
const deals = (query: string) => searchDeals(mini, parseDealsQuery(dataset, new URLSearchParams(query)));
const ids = (query: string) => deals(query).deals.map((d) => d.id);
/** The documented text search: `q` (lower-cased) within the designation, description or comments. */
const hasText = (deal: DealRecord, q: string) =>
  [deal.designation, deal.description, deal.comments].some((text) => text.toLowerCase().includes(q));

describe('deals', () => {
  it('lists every deal in register order by default, with the contract fields and the yearly allocation', () => {
    const answer = deals('');
    expect(answer).toMatchObject({ total: 6, page: 1, pageSize: 50 });
    expect(answer.deals[4]).toEqual({
      id: 5,
      supplier: 'RUS',
      supplierName: 'Russia',
      recipient: 'PAK',
      recipientName: 'Pakistan',
      orderYear: 2015,
      orderYearEstimated: false,
      numberOrdered: 4,
      numberOrderedEstimated: false,
      designation: 'Mi-35M',
      description: 'combat helicopter',
      category: 'Aircraft',
      numberDelivered: 4,
      numberDeliveredEstimated: false,
      deliveryYears: [2018],
      status: 'New',
      comments: 'Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery',
      tivPerUnit: 11.5,
      tivOrder: 46,
      tivDelivered: 46,
      yearly: [{ year: 2018, tiv: 46, units: 4 }],
      allocation: { how: 'per-year file', reason: null },
    });
  });

  it('filters by supplier, recipient, category, status and text, combined', () => {
    expect(ids('supplier=RUS,SUN')).toEqual([1, 2, 5]);
    expect(ids('supplier=RUS&recipient=PAK')).toEqual([5]);
    expect(ids('category=air-defence systems')).toEqual([6]);
    expect(ids('status=Second hand')).toEqual([6]);
    expect(ids('q=MI-24')).toEqual([5]);
    expect(ids('q=fga')).toEqual([2, 4]);
    expect(ids('q=köln')).toEqual([6]);
  });

  it('filters by year of delivery or of order', () => {
    expect(ids('from=2018&to=2019')).toEqual([4, 5]);
    expect(ids('from=2015&to=2016&yearOf=order')).toEqual([4, 5]);
    expect(ids('from=1962&to=1962&yearOf=order')).toEqual([1]);
  });

  it('sorts by any field, unknown values last both ways, ties in register order', () => {
    expect(ids('sort=orderYear:desc')).toEqual([6, 4, 5, 3, 2, 1]);
    expect(ids('sort=numberOrdered:asc')).toEqual([5, 3, 1, 4, 2, 6]);
    expect(ids('sort=numberOrdered:desc')).toEqual([2, 4, 1, 3, 5, 6]);
    expect(ids('sort=supplier:asc')).toEqual([6, 4, 2, 5, 1, 3]);
    expect(ids('sort=deliveryYears:desc')).toEqual([4, 5, 3, 2, 1, 6]);
  });

  it('pages', () => {
    expect(deals('pageSize=4&page=2')).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(ids('pageSize=4&page=2')).toEqual([5, 6]);
    expect(ids('pageSize=4&page=3')).toEqual([]);
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['pageSize=1001', 'pageSize'],
    ['page=0', 'page'],
    ['sort=price:asc', 'sort'],
    ['sort=orderYear', 'sort'],
    ['category=Tanks', 'category'],
    ['status=used', 'status'],
    ['yearOf=contract', 'yearOf'],
    ['supplier=RUS,XXX', 'supplier'],
    ['q=' + 'x'.repeat(201), 'q'],
    ['sortBy=id', 'sortBy'],
  ])('rejects %s naming %s', (query, parameter) => {
    let problem: unknown;
    try {
      deals(query);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 400, parameter });
  });
});

describe('text search while typing', () => {
  it('answers a keystroke as a fresh search would, whatever was searched before', async () => {
    const register = await dataSources.getRegister();
    const matching = (q: string) => register.deals.filter((deal) => hasText(deal, q)).length;
    const total = (q: string) => searchDeals(register, parseDealsQuery(register.dataset, new URLSearchParams({ q, pageSize: '1' }))).total;
    // Typed words, their prefixes and edits: each search may narrow the one before (or must not).
    const query = fc.stringMatching(/^(mi|mis|miss|h|he|heli|t|ta|tan|ra|rad|radar|x)$/);
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 8 }), (typed) => {
        for (const q of typed) expect(total(q)).toBe(matching(q));
      }),
      { numRuns: 30 },
    );
  });
});

describe('facets and summary', () => {
  it('counts, for each filter, the deals each value leaves with the other filters applied', () => {
    const answer = deals('supplier=RUS');
    expect(answer.facets).toEqual({
      supplier: { SUN: 1, RUS: 2, USA: 1, FRA: 1, CHN: 1 },
      recipient: { IND: 1, PAK: 1 },
      category: { Aircraft: 2 },
      status: { New: 2 },
    });
    expect(deals('supplier=RUS&recipient=PAK&q=mi-35').facets.supplier).toEqual({ RUS: 1 });
  });

  it('with mergeSoviet, counts the Soviet Union as Russia in the country filters and their facets', () => {
    expect(ids('supplier=RUS')).toEqual([2, 5]);
    expect(ids('supplier=RUS&mergeSoviet=true')).toEqual([1, 2, 5]);
    expect(ids('supplier=SUN&mergeSoviet=true')).toEqual([1, 2, 5]);
    expect(ids('supplier=SUN')).toEqual([1]);
    const merged = deals('supplier=RUS&mergeSoviet=true');
    expect(merged.facets.supplier).toEqual({ RUS: 3, USA: 1, FRA: 1, CHN: 1 });
    expect(merged.summary.tivDelivered).toBe(deals('supplier=RUS').summary.tivDelivered + deals('supplier=SUN').summary.tivDelivered);
    // The deals themselves are as SIPRI lists them: the MiG-21s are the Soviet Union's.
    expect(merged.deals.find((d) => d.id === 1)).toMatchObject({ supplier: 'SUN', supplierName: 'Soviet Union' });
    expect(() => deals('mergeSoviet=yes')).toThrow(ApiProblem);
  });

  it('sums delivered and ordered TIV and the pipeline still to be delivered', () => {
    expect(deals('supplier=RUS').summary).toEqual({ tivDelivered: 346, tivOrdered: 346, tivPending: 0, dealsPending: 0 });
    // With years of delivery, what was delivered in them: the deals' TIV allocated to those years (yearly).
    // 2010–2019 takes the United States' 120 in 2011, Russia's 46 in 2018 and France's 50 of 150 in 2019.
    expect(deals('from=2010&to=2019').summary.tivDelivered).toBe(216);
    for (const [query, from, to] of [['from=2018&to=2019', 2018, 2019], ['from=1998&to=2020', 1998, 2020]] as const) {
      const answer = deals(`${query}&pageSize=1000`);
      const yearly = answer.deals.flatMap((deal) => deal.yearly).filter(({ year }) => year >= from && year <= to);
      expect(answer.summary.tivDelivered).toBeCloseTo(yearly.reduce((sum, { tiv }) => sum + tiv, 0), 0);
    }
    // By years of order, all that the deals ordered then have delivered.
    const ordered = deals('from=2018&to=2018&yearOf=order&pageSize=1000');
    expect(ordered.summary.tivDelivered).toBeCloseTo(ordered.deals.reduce((sum, deal) => sum + (deal.tivDelivered ?? 0), 0), 0);
    // Two deals of their own, numbered as register positions as the API expects.
    const halfDelivered = { ...mini.deals[1]!, id: 1, numberDelivered: 20, tivDelivered: 150 };
    const unknownOrder = { ...mini.deals[5]!, id: 2 };
    const two = { dataset, deals: [halfDelivered, unknownOrder] };
    expect(unknownOrder.tivOrder).toBeNull();
    expect(searchDeals(two, parseDealsQuery(dataset, new URLSearchParams())).summary).toEqual({
      tivDelivered: 150,
      tivOrdered: 300,
      tivPending: 150,
      dealsPending: 1,
    });
  });
});

/** The documented order: by the field, unknown (null) values last either way, ties in register order. */
function inOrder(before: DealRecord, after: DealRecord, sort: string): boolean {
  const [field, direction] = sort.split(':') as ['id' | 'orderYear' | 'tivDelivered' | 'designation', 'asc' | 'desc'];
  const [a, b] = [before[field], after[field]];
  if (a === null || b === null) return b === null && (a !== null || before.id < after.id);
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  const signed = direction === 'asc' ? order : -order;
  return signed < 0 || (signed === 0 && before.id < after.id);
}
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('filters over the full register', () => {
  it('match the deals a plain filter finds, in the order of the sort, with its facet counts and summary', async () => {
    const register = await dataSources.getRegister();
    const query = fc.record({
      supplier: fc.subarray(['RUS', 'USA', 'FRA', 'CHN', 'SUN'], { maxLength: 2 }),
      category: fc.subarray(['Aircraft', 'Missiles', 'Ships'], { maxLength: 1 }),
      // Regions, a subregion, the Middle East (both) and the parties of no region.
      recipientRegion: fc.subarray(['Europe', 'South Asia', 'Middle East', 'none'], { maxLength: 2 }),
      // Prefixes of each other, so that one run's search may narrow the last one's.
      q: fc.constantFrom('', 'mi', 'mis', 'missile', 'ra', 'radar', 'helicopter'),
      from: fc.integer({ min: 1960, max: 2025 }),
      yearOf: fc.constantFrom('order' as const, 'delivery' as const),
      sort: fc.constantFrom('id:asc', 'orderYear:desc', 'tivDelivered:asc', 'designation:desc'),
    });
    fc.assert(
      fc.property(query, ({ supplier, category, recipientRegion, q, from, yearOf, sort }) => {
        const search = new URLSearchParams({ q, from: String(from), yearOf, sort });
        if (supplier.length) search.set('supplier', supplier.join(','));
        if (recipientRegion.length) search.set('recipientRegion', recipientRegion.join(','));
        if (category.length) search.set('category', category.join(','));
        const { matches, facets, summary } = filterDeals(register, parseDealsQuery(register.dataset, search));
        // Each filter as a plain test; a facet counts the deals that pass every other filter.
        const passes = {
          supplier: (deal: DealRecord) => !supplier.length || supplier.includes(deal.supplier),
          category: (deal: DealRecord) => !category.length || category.includes(deal.category),
          rest: (deal: DealRecord) =>
            hasText(deal, q) &&
            (!recipientRegion.length || regionsOf(deal.recipient).some((name) => recipientRegion.includes(name))) &&
            (yearOf === 'order' ? deal.orderYear >= from : deal.deliveryYears.some((year) => year >= from)),
        };
        const regionsOf = (id: string) => {
          const { region, subregion } = register.dataset.countries.get(id)!;
          return [region ?? 'none', subregion ?? 'none'];
        };
        const passing = (except: keyof typeof passes | null) =>
          register.deals.filter((deal) => Object.entries(passes).every(([name, test]) => name === except || test(deal)));
        const countBy = (deals: DealRecord[], field: 'supplier' | 'recipient' | 'category' | 'status') => {
          const counts: Record<string, number> = {};
          for (const deal of deals) counts[deal[field]] = (counts[deal[field]] ?? 0) + 1;
          return counts;
        };
        const expected = passing(null);
        expect(matches.map((deal) => deal.id).sort((a, b) => a - b)).toEqual(expected.map((deal) => deal.id));
        const outOfOrder = matches.findIndex((deal, i) => i > 0 && !inOrder(matches[i - 1]!, deal, sort));
        expect(outOfOrder).toBe(-1);
        expect(facets).toEqual({
          supplier: countBy(passing('supplier'), 'supplier'),
          recipient: countBy(expected, 'recipient'),
          category: countBy(passing('category'), 'category'),
          status: countBy(expected, 'status'),
        });
        // Summed in the answer's order, as the API sums.
        const sum = (term: (deal: DealRecord) => number) => roundTiv(matches.reduce((total, deal) => total + term(deal), 0));
        expect(summary).toEqual({
          // Delivered in the years asked for, when they are years of delivery (`to` is the data's last year).
          tivDelivered: sum((deal) =>
            yearOf === 'delivery'
              ? deal.deliveryYears.reduce((tiv, year, i) => (year >= from ? tiv + deal.deliveryTiv[i]! : tiv), 0)
              : (deal.tivDelivered ?? 0),
          ),
          tivOrdered: sum((deal) => deal.tivOrder ?? 0),
          tivPending: sum((deal) => (deal.tivOrder === null ? 0 : Math.max(0, deal.tivOrder - (deal.tivDelivered ?? 0)))),
          dealsPending: matches.filter((deal) => deal.numberOrdered !== null && (deal.numberDelivered ?? 0) < deal.numberOrdered).length,
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('one deal', () => {
  it('answers the deal with its yearly allocation', () => {
    const deal = getDeal(mini, '2');
    expect(deal.designation).toBe('Su-30MK');
    expect(deal.yearly).toEqual([
      { year: 1997, tiv: 100, units: 13 },
      { year: 1998, tiv: 100, units: 14 },
      { year: 1999, tiv: 100, units: 13 },
    ]);
    expect(deal.allocation).toEqual({ how: 'even', reason: 'pairNotInTables' });
  });

  it.each(['0', '7', 'abc', '1.5', '-1', '01'])('answers 404 for id %s', (id) => {
    expect(() => getDeal(mini, id)).toThrow(expect.objectContaining({ status: 404, code: 'not_found' }));
  });

  it('find, by region, the deals behind each region’s row of /shares: the same countries, the same TIV', async () => {
    const api = createApi(dataSources);
    const get = async <T>(path: string) => {
      const answer = await api.answer('GET', new URL(`http://localhost/api/v1${path}`));
      if (answer.kind !== 'json' || answer.status !== 200) throw new Error(`${path}: ${JSON.stringify(answer)}`);
      return { body: answer.body as T };
    };
    for (const [by, side] of [['recipient', 'recipientRegion'], ['supplier', 'supplierRegion']] as const) {
      for (const group of ['region', 'subregion'] as const) {
        const { body: shares } = await get<SharesResponse>(`/shares?by=${by}&group=${group}&from=2016&to=2025`);
        for (const row of shares.rows) {
          const { body: deals } = await get<DealsResponse>(`/deals?${side}=${encodeURIComponent(row.id)}&from=2016&to=2025&pageSize=1`);
          expect(Math.abs(deals.summary.tivDelivered - row.tiv), `${by} ${group} ${row.id}`).toBeLessThan(0.01);
        }
      }
    }
  });
});
