import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../core/problem.ts';
import { getShares, parseSharesQuery } from '../../core/endpoints/shares.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const dataset = miniDataset();
const shares = (query: string) => getShares(dataset, dataset.deliveries, parseSharesQuery(dataset, new URLSearchParams(query)));

function problemOf(query: string): ApiProblem {
  try {
    shares(query);
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be rejected`);
}

describe('shares of a recipient', () => {
  it('ranks the suppliers of India over the whole range with hand-computed shares', () => {
    const answer = shares('recipient=IND');
    expect(answer).toMatchObject({ recipient: 'IND', supplier: null, by: 'supplier', from: 1963, to: 2021, window: 1, total: 630 });
    expect(answer.rows).toEqual([
      { id: 'RUS', name: 'Russia', tiv: 300, share: 300 / 630 },
      { id: 'FRA', name: 'France', tiv: 150, share: 150 / 630 },
      { id: 'USA', name: 'United States', tiv: 120, share: 120 / 630 },
      { id: 'SUN', name: 'Soviet Union', tiv: 60, share: 60 / 630 },
    ]);
  });

  it('has one entry for every year, values only where something was delivered', () => {
    const answer = shares('recipient=IND');
    expect(answer.years).toHaveLength(2021 - 1963 + 1);
    expect(answer.years[0]).toEqual({ year: 1963, total: 30, values: { SUN: 30 } });
    expect(answer.years.find((y) => y.year === 1965)).toEqual({ year: 1965, total: 0, values: {} });
  });

  it('folds the Soviet Union into Russia on request', () => {
    const answer = shares('recipient=IND&mergeSoviet=true');
    expect(answer.rows[0]).toEqual({ id: 'RUS', name: 'Russia (incl. Soviet Union)', tiv: 360, share: 360 / 630 });
    expect(answer.rows.map((r) => r.id)).not.toContain('SUN');
    expect(answer.years[0]!.values).toEqual({ RUS: 30 });
  });

  it('keeps the top N and sums the rest into Other, rows sorted by TIV', () => {
    const answer = shares('recipient=IND&top=2');
    expect(answer.rows.map((r) => [r.id, r.tiv])).toEqual([
      ['RUS', 300],
      ['other', 180],
      ['FRA', 150],
    ]);
    expect(answer.years.find((y) => y.year === 2011)!.values).toEqual({ other: 120 });
  });

  it('limits rows and totals to the years asked for', () => {
    const answer = shares('recipient=IND&from=2011&to=2020');
    expect(answer.total).toBe(220);
    expect(answer.rows.map((r) => r.id)).toEqual(['USA', 'FRA']);
    expect(answer.years).toHaveLength(10);
  });

  it('sums the trailing five years into each point with window=5, totals unchanged', () => {
    const answer = shares('recipient=IND&from=2019&to=2021&window=5');
    expect(answer.years.map((y) => y.values.FRA)).toEqual([50, 100, 150]);
    expect(answer.total).toBe(150);
    // The Su-30s delivered 1997–99 fall in the windows of 2001 (1997–2001) and 2002 (1998–2002).
    const early = shares('recipient=IND&from=2001&to=2002&window=5');
    expect(early.years.map((y) => y.values.RUS)).toEqual([300, 200]);
    expect(early.rows).toEqual([{ id: 'RUS', name: 'Russia', tiv: 0, share: 0 }]);
  });
});

describe('shares of a supplier and the world ranking', () => {
  it('lists whom Russia supplied', () => {
    const answer = shares('supplier=RUS');
    expect(answer.by).toBe('recipient');
    expect(answer.rows.map((r) => [r.id, r.tiv])).toEqual([
      ['IND', 300],
      ['PAK', 46],
    ]);
  });

  it('ranks importers by default and exporters with by=supplier', () => {
    expect(shares('').rows.map((r) => [r.id, r.tiv])).toEqual([
      ['IND', 630],
      ['PAK', 46],
    ]);
    expect(shares('by=supplier').rows[0]).toMatchObject({ id: 'RUS', tiv: 346 });
  });
});

describe('shares parameters', () => {
  it.each([
    ['recipient=XXX', 400, 'unknown_country', 'recipient'],
    ['recipient=IND&supplier=RUS', 400, 'invalid_parameter', 'supplier'],
    ['recipient=IND&by=recipient', 400, 'invalid_parameter', 'by'],
    ['from=2000&to=1999', 400, 'invalid_parameter', 'from'],
    ['from=1900', 400, 'invalid_parameter', 'from'],
    ['to=20x0', 400, 'invalid_parameter', 'to'],
    ['window=3', 400, 'invalid_parameter', 'window'],
    ['top=0', 400, 'invalid_parameter', 'top'],
    ['mergeSoviet=yes', 400, 'invalid_parameter', 'mergeSoviet'],
    ['recipent=IND', 400, 'unknown_parameter', 'recipent'],
    ['recipient=IND&recipient=PAK', 400, 'invalid_parameter', 'recipient'],
  ])('%s → %i %s', (query, status, code, parameter) => {
    expect(problemOf(query)).toMatchObject({ status, code, parameter });
  });

  it('explains the problem in words', () => {
    expect(problemOf('from=2000&to=1999').message).toBe('from (2000) must not be after to (1999).');
    expect(problemOf('recipient=XXX').message).toContain('Unknown country id "XXX"');
  });
});

describe('the weapon lens', () => {
  it('counts only the categories asked for, a share being a share of their total', () => {
    // Every delivered fixture deal is an aircraft; the one air-defence deal (HQ-9 to Pakistan) has no delivery yet.
    expect(shares('recipient=IND&category=aircraft').total).toBe(630);
    expect(shares('recipient=PAK&category=Air-defence systems')).toMatchObject({ total: 0, rows: [], lens: { categories: ['Air-defence systems'], q: null } });
    expect(shares('recipient=PAK&category=Aircraft,Ships').rows).toEqual([{ id: 'RUS', name: 'Russia', tiv: 46, share: 1 }]);
  });

  it('rejects an unknown category and an over-long text', () => {
    expect(problemOf('recipient=IND&category=Tanks')).toMatchObject({ status: 400, parameter: 'category' });
    expect(problemOf(`recipient=IND&q=${'x'.repeat(201)}`)).toMatchObject({ status: 400, parameter: 'q' });
  });
});

