import { describe, expect, it } from 'vitest';
import type { DealDetail, DealsResponse, SharesResponse, YearValues } from '../../src/api/contract.ts';
import { judgeDeal, judgeOvertook, judgePeakShare, judgeRecipientRank, judgeShareShift, ordersRanking } from '../../src/domain/verdicts.ts';

const names: Record<string, string> = { RUS: 'Russia', IND: 'India', USA: 'United States', PAK: 'Pakistan', CHN: 'China', SAU: 'Saudi Arabia' };
const nameOf = (id: string) => names[id] ?? id;

function shares(years: YearValues[], rows: SharesResponse['rows'] = []): SharesResponse {
  const total = years.reduce((sum, y) => sum + y.total, 0);
  return { recipient: 'IND', supplier: null, by: 'supplier', group: null, from: years[0]!.year, to: years.at(-1)!.year, window: 1, unit: 'SIPRI TIV (millions)', lens: { categories: [], q: null }, total, rows, years };
}
const year = (y: number, values: Record<string, number>): YearValues => ({ year: y, values, total: Object.values(values).reduce((a, b) => a + b, 0) });

describe('peak share', () => {
  const rule = { type: 'peak-share', recipient: 'IND', supplier: 'RUS', mergeSoviet: true, from: 2001, to: 2010, claimed: 0.75, tolerance: 0.05 } as const;
  // 2001–05: RUS 72 of 100; 2006–10: RUS 60 of 100.
  const answer = shares([year(2001, { RUS: 72, USA: 28 }), year(2006, { RUS: 60, FRA: 40 }), year(2010, {})]);

  it('is supported when a five-year period comes within the tolerance of the claimed share', () => {
    const finding = judgePeakShare(rule, answer, nameOf);
    expect(finding.verdict).toBe('supported');
    expect(finding.explanation).toBe(
      'The share of India’s arms imports from Russia (incl. Soviet Union) peaked at 72% in 2001–2005 (SIPRI five-year periods, 2001–2010), against the 75% claimed.',
    );
    expect(finding.series).toEqual([
      { label: '2001–2005', value: 0.72 },
      { label: '2006–2010', value: 0.6 },
    ]);
  });

  it('is not supported when no period comes close', () => {
    expect(judgePeakShare({ ...rule, claimed: 0.9 }, answer, nameOf).verdict).toBe('not-supported');
  });

  it('also gives the peak of any five consecutive years, which the full view draws, when it is not a period', () => {
    // Periods: 2001–05 72 of 100, 2006–10 80 of 200. The five years 2002–06 hold only 2006: 80 of 100.
    const across = shares([year(2001, { RUS: 72, USA: 28 }), year(2006, { RUS: 80, FRA: 20 }), year(2010, { FRA: 100 })]);
    expect(judgePeakShare(rule, across, nameOf).explanation).toBe(
      'The share of India’s arms imports from Russia (incl. Soviet Union) peaked at 72% in 2001–2005 (SIPRI five-year periods, 2001–2010), against the 75% claimed. ' +
        'Over any five consecutive years (the full view’s rolling sums) it peaked at 80% in 2002–2006.',
    );
  });
});

/** A deal ordered, for the rankings of orders: who to whom, and the order's TIV. */
function order(supplier: string, recipient: string, tivOrder: number | null): DealDetail {
  return {
    id: 1, supplier, supplierName: supplier, recipient, recipientName: recipient, orderYear: 2014, orderYearEstimated: false,
    numberOrdered: 1, numberOrderedEstimated: false, designation: 'X', description: 'x', category: 'Aircraft', numberDelivered: 0,
    numberDeliveredEstimated: false, deliveryYears: [], status: 'New', comments: '', tivPerUnit: null, tivOrder, tivDelivered: null, yearly: [], allocation: { how: 'even', reason: null },
  };
}
const dealsAnswer = (deals: DealDetail[], total = deals.length): DealsResponse => ({
  total, page: 1, pageSize: 1000, deals,
  summary: { tivDelivered: 0, tivOrdered: 0, tivPending: 0, dealsPending: 0 },
  facets: { supplier: {}, recipient: {}, category: {}, status: {} },
});
const fold = (id: string) => (id === 'SUN' ? 'RUS' : id);

describe('orders ranking', () => {
  it('sums each partner’s orders, folded as the API folds them, largest first; an unknown order TIV counts for nothing', () => {
    const answer = dealsAnswer([order('USA', 'IND', 50), order('SUN', 'IND', 30), order('RUS', 'IND', 40), order('FRA', 'IND', null)]);
    expect(ordersRanking(answer, 'supplier', fold)).toEqual([{ id: 'RUS', tiv: 70 }, { id: 'USA', tiv: 50 }]);
    expect(ordersRanking(answer, 'supplier', (id) => id).map((row) => row.id)).toEqual(['USA', 'RUS', 'SUN']);
  });

  it('refuses to rank from part of the orders', () => {
    expect(() => ordersRanking(dealsAnswer([order('USA', 'IND', 50)], 1200), 'supplier', fold)).toThrow(/needs every deal/);
  });
});

describe('a ranking claimed in money', () => {
  const rule = { type: 'recipient-rank', supplier: 'USA', recipient: 'IND', from: 2014, to: 2014, claimedRank: 1, claimedIn: 'US dollars' } as const;
  const delivered = shares([year(2014, { SAU: 1400, IND: 1100 })], [
    { id: 'SAU', name: 'Saudi Arabia', tiv: 1400, share: 0.56 },
    { id: 'IND', name: 'India', tiv: 1100, share: 0.44 },
  ]);
  const ordered = dealsAnswer([order('USA', 'KOR', 2700), order('USA', 'IND', 300), order('USA', 'SAU', 500)]);

  it('is a different measure, stated with the TIV ranking of deliveries and of orders', () => {
    const finding = judgeRecipientRank(rule, delivered, ordered, nameOf);
    expect(finding.verdict).toBe('different-measure');
    expect(finding.explanation).toBe(
      'The claim counts US dollars, which SIPRI’s TIV does not measure. Among the recipients of arms from United States in 2014 (TIV millions): ' +
        'by TIV delivered, India ranked 2 of 2 (1,100), the largest being Saudi Arabia (1,400); by TIV of the orders signed, India ranked 3 of 3 (300), the largest being KOR (2,700). ' +
        'The claimed rank, 1, is India’s by neither.',
    );
    expect(finding.series.map((s) => s.label)).toEqual(['India, delivered', 'Saudi Arabia, delivered', 'KOR, delivered', 'India, ordered', 'Saudi Arabia, ordered', 'KOR, ordered']);
    expect(judgeRecipientRank({ ...rule, claimedRank: 2 }, delivered, ordered, nameOf).explanation).toMatch(/The claimed rank, 2, is India’s by TIV deliveries too, though the measures differ\.$/);
  });

  it('is the same rule for a claim that one supplier overtook another, counted in contracts', () => {
    const overtook = { type: 'overtook', recipient: 'IND', challenger: 'USA', incumbent: 'RUS', mergeSoviet: true, from: 2011, to: 2013, claimedIn: 'the value of contracts signed' } as const;
    const indDeliveries = shares([year(2011, { RUS: 200, USA: 100 })], [
      { id: 'RUS', name: 'Russia', tiv: 200, share: 2 / 3 },
      { id: 'USA', name: 'United States', tiv: 100, share: 1 / 3 },
    ]);
    // The United States led in orders: still a different measure, whatever TIV says.
    const finding = judgeOvertook(overtook, indDeliveries, dealsAnswer([order('USA', 'IND', 900), order('SUN', 'IND', 20), order('RUS', 'IND', 30)]), nameOf, fold);
    expect(finding.verdict).toBe('different-measure');
    expect(finding.explanation).toBe(
      'The claim counts the value of contracts signed, which SIPRI’s TIV does not measure. Among India’s suppliers in 2011–2013 (TIV millions): ' +
        'by TIV delivered, United States ranked 2 of 2 (100), Russia (incl. Soviet Union) 1 (200); by TIV of the orders signed, United States ranked 1 of 2 (900), Russia (incl. Soviet Union) 2 (50). ' +
        'By TIV, United States led Russia (incl. Soviet Union) in orders signed, not in weapons delivered.',
    );
    expect(finding.series).toEqual([
      { label: 'United States, delivered', value: 100 },
      { label: 'Russia (incl. Soviet Union), delivered', value: 200 },
      { label: 'United States, ordered', value: 900 },
      { label: 'Russia (incl. Soviet Union), ordered', value: 50 },
    ]);
  });
});

describe('overtook, a claim about arms supplied', () => {
  const rule = { type: 'overtook', recipient: 'IND', challenger: 'USA', incumbent: 'RUS', mergeSoviet: true, from: 2011, to: 2013, claimedIn: null } as const;
  const delivered = (usa: number, rus: number) =>
    shares([year(2011, { USA: usa, RUS: rus })], [
      { id: 'USA', name: 'United States', tiv: usa, share: usa / (usa + rus) },
      { id: 'RUS', name: 'Russia', tiv: rus, share: rus / (usa + rus) },
    ].sort((a, b) => b.tiv - a.tiv));
  const ordered = (usa: number, rus: number) => dealsAnswer([order('USA', 'IND', usa), order('RUS', 'IND', rus)]);

  it('is supported when the challenger delivered more', () => {
    expect(judgeOvertook(rule, delivered(300, 200), ordered(1, 1), nameOf, fold).verdict).toBe('supported');
  });

  it('is a different measure when the challenger led only in orders', () => {
    const finding = judgeOvertook(rule, delivered(100, 200), ordered(900, 50), nameOf, fold);
    expect(finding.verdict).toBe('different-measure');
    expect(finding.explanation).toContain('United States led Russia (incl. Soviet Union) in orders signed, not in weapons delivered.');
  });

  it('is not supported when it led in neither', () => {
    const finding = judgeOvertook(rule, delivered(100, 200), ordered(10, 50), nameOf, fold);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.explanation).toBe(
      'Among India’s suppliers in 2011–2013 (TIV millions): by TIV delivered, United States ranked 2 of 2 (100), Russia (incl. Soviet Union) 1 (200); ' +
        'by TIV of the orders signed, United States ranked 2 of 2 (10), Russia (incl. Soviet Union) 1 (50). By TIV, United States did not overtake Russia (incl. Soviet Union) in deliveries or in orders.',
    );
  });
});

describe('deal', () => {
  const rule = { type: 'deal', supplier: 'RUS', recipient: 'PAK', designation: 'Mi-35', orderYear: 2015, numberOrdered: 4 } as const;
  const deal = (orderYear: number, numberOrdered: number): DealDetail => ({
    id: 1, supplier: 'RUS', supplierName: 'Russia', recipient: 'PAK', recipientName: 'Pakistan', orderYear, orderYearEstimated: false,
    numberOrdered, numberOrderedEstimated: false, designation: 'Mi-35M', description: 'combat helicopter', category: 'Aircraft',
    numberDelivered: 4, numberDeliveredEstimated: false, deliveryYears: [2018], status: 'New', comments: '', tivPerUnit: 11.5,
    tivOrder: 46, tivDelivered: 46, yearly: [{ year: 2018, tiv: 46, units: 4 }], allocation: { how: 'per-year file', reason: null },
  });
  const answer = (deals: DealDetail[]): DealsResponse => ({
    total: deals.length, page: 1, pageSize: 100, deals,
    summary: { tivDelivered: 0, tivOrdered: 0, tivPending: 0, dealsPending: 0 },
    facets: { supplier: {}, recipient: {}, category: {}, status: {} },
  });

  it('is supported when a deal of that size and year is recorded', () => {
    const finding = judgeDeal(rule, answer([deal(2015, 4)]), nameOf);
    expect(finding.verdict).toBe('supported');
    expect(finding.explanation).toBe(
      'SIPRI records Russia → Pakistan: 4 Mi-35M (combat helicopter) ordered in 2015, 4 delivered in 2018, 46 TIV (millions) delivered.',
    );
  });

  it('is not supported otherwise, saying what is recorded', () => {
    expect(judgeDeal(rule, answer([deal(2016, 4)]), nameOf)).toMatchObject({ verdict: 'not-supported' });
    expect(judgeDeal(rule, answer([]), nameOf).explanation).toBe('SIPRI records no Mi-35 deal Russia → Pakistan.');
  });
});

describe('share shift', () => {
  const rule = { type: 'share-shift', recipient: 'PAK', falling: 'USA', partner: 'CHN', before: { from: 2007, to: 2008 }, after: { from: 2010, to: 2011 }, later: null } as const;

  it('is supported when the reluctant supplier’s share fell and the partner left room for others', () => {
    const answer = shares([year(2007, { USA: 50, CHN: 50 }), year(2010, { USA: 10, CHN: 70, RUS: 20 }), year(2011, {})]);
    const finding = judgeShareShift(rule, answer, nameOf);
    expect(finding.verdict).toBe('supported');
    expect(finding.explanation).toContain('went from 50% in 2007–2008 to 10% in 2010–2011; from China, from 50% to 70%, leaving 20% to other suppliers. The data show');
    expect(finding.later).toBeUndefined();
  });

  it('is not supported when the share did not fall, and says so', () => {
    const answer = shares([year(2007, { USA: 10, CHN: 90 }), year(2010, { USA: 20, CHN: 60, RUS: 20 }), year(2011, {})]);
    const finding = judgeShareShift(rule, answer, nameOf);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.explanation).toContain('leaving 20% to other suppliers. The share from United States did not fall. The data show');
  });

  it('is not supported when the partner supplied nearly all the rest', () => {
    const answer = shares([year(2007, { USA: 50, CHN: 50 }), year(2010, { USA: 5, CHN: 90, RUS: 5 }), year(2011, {})]);
    const finding = judgeShareShift(rule, answer, nameOf);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.explanation).toContain('leaving 5% to other suppliers. China left less than a tenth to others. The data show what was delivered, not why');
  });

  it('judges a claim about the present on the years up to its date, and shows what came after apart', () => {
    // Up to the claim: the US share rose (30% → 40%). After it, it fell to 10%: that does not make the claim right then.
    const answer = shares([year(2007, { USA: 30, CHN: 50, FRA: 20 }), year(2010, { USA: 40, CHN: 40, FRA: 20 }), year(2012, {}), year(2013, { USA: 10, CHN: 70, RUS: 20 })]);
    const finding = judgeShareShift({ ...rule, later: { from: 2013, to: 2013 } }, answer, nameOf);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.series.map((s) => s.label)).toEqual(['United States 2007–2008', 'United States 2010–2011', 'China 2007–2008', 'China 2010–2011']);
    expect(finding.later).toEqual({
      explanation: 'In 2013, after the claim, the share from United States was 10% and from China 70%, leaving 20% to other suppliers.',
      series: [
        { label: 'United States 2013', value: 0.1 },
        { label: 'China 2013', value: 0.7 },
      ],
    });
  });
});
