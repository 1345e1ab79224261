import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../core/problem.ts';
import { getTransfers, parseTransfersQuery } from '../../core/endpoints/transfers.ts';
import { miniData } from '../fixtures/mini-dataset.ts';

const { dataset, orders } = miniData();
const transfers = (query: string) =>
  getTransfers(dataset, { deliveries: dataset.deliveries, orders }, parseTransfersQuery(dataset, new URLSearchParams(query)));

describe('transfers', () => {
  it('answers one series per listed pair with every year present', () => {
    const answer = transfers('supplier=RUS,USA&recipient=IND&from=2010&to=2012');
    expect(answer).toMatchObject({ from: 2010, to: 2012, window: 1, unit: 'SIPRI TIV (millions)' });
    expect(answer.series).toEqual([
      {
        supplier: 'RUS',
        recipient: 'IND',
        total: 0,
        totalOrdered: 0,
        units: 0,
        unitsOrdered: 0,
        points: [
          { year: 2010, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 },
          { year: 2011, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 },
          { year: 2012, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 },
        ],
      },
      {
        supplier: 'USA',
        recipient: 'IND',
        total: 120,
        totalOrdered: 0,
        units: 6,
        unitsOrdered: 0,
        points: [
          { year: 2010, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 },
          { year: 2011, tiv: 120, ordered: 0, units: 6, unitsOrdered: 0 },
          { year: 2012, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 },
        ],
      },
    ]);
  });

  it('crosses suppliers and recipients, folds the Soviet Union on request, and windows', () => {
    const answer = transfers('supplier=SUN,RUS&recipient=IND,PAK&mergeSoviet=true&window=5&from=1999&to=2000');
    expect(answer.series.map((s) => `${s.supplier}>${s.recipient}:${s.total}`)).toEqual(['RUS>IND:100', 'RUS>PAK:0']);
    // The Su-30s were ordered in 1996: inside the five-year windows ending 1999 and 2000, outside the period. Their
    // 40 units came 13, 14 and 13 in 1997–99.
    expect(answer.series[0]!.points).toEqual([
      { year: 1999, tiv: 300, ordered: 300, units: 40, unitsOrdered: 40 },
      { year: 2000, tiv: 300, ordered: 300, units: 40, unitsOrdered: 40 },
    ]);
    expect(answer.series[0]).toMatchObject({ units: 13, unitsOrdered: 0 });
    expect(answer.series[0]!.totalOrdered).toBe(0);
  });

  it('puts orders in their year of order and deliveries in their years of delivery', () => {
    const [rafale] = transfers('supplier=FRA&recipient=IND&from=2016&to=2021').series;
    expect(rafale).toMatchObject({ total: 150, totalOrdered: 150 });
    expect(rafale!.points.map((p) => [p.year, p.ordered, p.tiv])).toEqual([
      [2016, 150, 0],
      [2017, 0, 0],
      [2018, 0, 0],
      [2019, 0, 50],
      [2020, 0, 50],
      [2021, 0, 50],
    ]);
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
