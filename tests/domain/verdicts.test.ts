import { describe, expect, it } from 'vitest';
import type { DealDetail, DealsResponse, SharesResponse, TransfersResponse, YearValues } from '../../src/api/contract.ts';
import { judgeDeal, judgeOvertook, judgePeakShare, judgeRecipientRank, judgeShareShift } from '../../src/domain/verdicts.ts';

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

describe('recipient rank', () => {
  const rule = { type: 'recipient-rank', supplier: 'USA', recipient: 'IND', from: 2014, to: 2014, claimedRank: 1, claimedIn: 'US dollars' } as const;
  const answer = shares([year(2014, { SAU: 1400, IND: 1100 })], [
    { id: 'SAU', name: 'Saudi Arabia', tiv: 1400, share: 0.56 },
    { id: 'IND', name: 'India', tiv: 1100, share: 0.44 },
  ]);

  it('is always a different measure: the claim counts dollars, TIV is not money', () => {
    const finding = judgeRecipientRank(rule, answer, nameOf);
    expect(finding.verdict).toBe('different-measure');
    expect(finding.explanation).toContain('India ranked 2 of 2 recipients of arms from United States in 2014 by SIPRI TIV (1,100 TIV millions, 44%)');
    expect(finding.explanation).toContain('the largest was Saudi Arabia');
    expect(finding.explanation).toContain('gives a different rank');
    expect(judgeRecipientRank({ ...rule, claimedRank: 2 }, answer, nameOf).explanation).toContain('agrees on the rank');
  });
});

describe('overtook', () => {
  const rule = { type: 'overtook', recipient: 'IND', challenger: 'USA', incumbent: 'RUS', mergeSoviet: true, from: 2011, to: 2013 } as const;
  const transfers = (usa: [number, number], rus: [number, number]): TransfersResponse => ({
    from: 2011,
    to: 2013,
    window: 1,
    unit: 'SIPRI TIV (millions)',
    lens: { categories: [], q: null },
    series: [
      { supplier: 'RUS', recipient: 'IND', total: rus[0], totalOrdered: rus[1], units: 0, unitsOrdered: 0, points: [] },
      { supplier: 'USA', recipient: 'IND', total: usa[0], totalOrdered: usa[1], units: 0, unitsOrdered: 0, points: [] },
    ],
  });

  it('is supported when the challenger delivered more', () => {
    expect(judgeOvertook(rule, transfers([300, 0], [200, 0]), nameOf).verdict).toBe('supported');
  });

  it('is a different measure when the challenger led only in orders', () => {
    const finding = judgeOvertook(rule, transfers([100, 900], [200, 50]), nameOf);
    expect(finding.verdict).toBe('different-measure');
    expect(finding.explanation).toContain('United States led in orders signed, not in weapons delivered.');
  });

  it('is not supported when it led in neither', () => {
    const finding = judgeOvertook(rule, transfers([100, 10], [200, 50]), nameOf);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.explanation).toBe(
      'Delivered to India in 2011–2013: United States 100, Russia (incl. Soviet Union) 200 TIV (millions). Ordered in those years: United States 10, Russia (incl. Soviet Union) 50. ' +
        'TIV measures the military capability transferred, not money: a ranking by the value of contracts can differ.',
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
  const rule = { type: 'share-shift', recipient: 'PAK', falling: 'USA', partner: 'CHN', before: { from: 2007, to: 2008 }, after: { from: 2010, to: 2011 } } as const;

  it('is supported when the reluctant supplier’s share fell and the partner left room for others', () => {
    const answer = shares([year(2007, { USA: 50, CHN: 50 }), year(2010, { USA: 10, CHN: 70, RUS: 20 }), year(2011, {})]);
    const finding = judgeShareShift(rule, answer, nameOf);
    expect(finding.verdict).toBe('supported');
    expect(finding.explanation).toContain('went from 50% in 2007–2008 to 10% in 2010–2011; from China, from 50% to 70%, leaving 20% to other suppliers.');
  });

  it('is not supported when the share did not fall', () => {
    const answer = shares([year(2007, { USA: 10, CHN: 90 }), year(2010, { USA: 20, CHN: 80 }), year(2011, {})]);
    expect(judgeShareShift(rule, answer, nameOf).verdict).toBe('not-supported');
  });

  it('is not supported when the partner supplied nearly all the rest', () => {
    const answer = shares([year(2007, { USA: 50, CHN: 50 }), year(2010, { USA: 5, CHN: 90, RUS: 5 }), year(2011, {})]);
    const finding = judgeShareShift(rule, answer, nameOf);
    expect(finding.verdict).toBe('not-supported');
    expect(finding.explanation).toContain('leaving 5% to other suppliers. The data show what was delivered, not why');
  });
});
