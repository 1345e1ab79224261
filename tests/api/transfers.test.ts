import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../mocks/api/problem.ts';
import { getTransfers, parseTransfersQuery } from '../../mocks/api/transfers.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const dataset = miniDataset();
const transfers = (query: string) => getTransfers(dataset, parseTransfersQuery(dataset, new URLSearchParams(query)));

describe('transfers', () => {
  it('answers one series per listed pair with every year present', () => {
    const answer = transfers('supplier=RUS,USA&recipient=IND&from=2010&to=2012');
    expect(answer).toMatchObject({ from: 2010, to: 2012, window: 1, unit: 'SIPRI TIV (millions)' });
    expect(answer.series).toEqual([
      { supplier: 'RUS', recipient: 'IND', total: 0, points: [{ year: 2010, tiv: 0 }, { year: 2011, tiv: 0 }, { year: 2012, tiv: 0 }] },
      { supplier: 'USA', recipient: 'IND', total: 120, points: [{ year: 2010, tiv: 0 }, { year: 2011, tiv: 120 }, { year: 2012, tiv: 0 }] },
    ]);
  });

  it('crosses suppliers and recipients, folds the Soviet Union on request, and windows', () => {
    const answer = transfers('supplier=SUN,RUS&recipient=IND,PAK&mergeSoviet=true&window=5&from=1999&to=2000');
    expect(answer.series.map((s) => `${s.supplier}>${s.recipient}:${s.total}`)).toEqual(['RUS>IND:100', 'RUS>PAK:0']);
    expect(answer.series[0]!.points).toEqual([{ year: 1999, tiv: 300 }, { year: 2000, tiv: 300 }]);
  });

  it.each([
    ['recipient=IND', 'supplier'],
    ['supplier=RUS', 'recipient'],
    ['supplier=RUS&recipient=', 'recipient'],
    ['supplier=RUS&recipient=NOPE', 'recipient'],
    ['supplier=RUS&recipient=IND&from=2030', 'from'],
    ['supplier=RUS&recipient=IND&foo=1', 'foo'],
  ])('rejects %s naming %s', (query, parameter) => {
    expect(() => transfers(query)).toThrow(ApiProblem);
    try {
      transfers(query);
    } catch (error) {
      expect((error as ApiProblem).parameter).toBe(parameter);
      expect((error as ApiProblem).status).toBe(400);
    }
  });
});
