import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, parseOrders, parseRegister } from '../../core/dataset/dataset.ts';
import { flowTablesOf } from '../../core/dataset/flows.ts';
import { splitDataset } from '../../core/dataset/split.ts';
import { miniDatasetFile } from '../fixtures/mini-dataset.ts';

const files = () => splitDataset(miniDatasetFile());
type Files = ReturnType<typeof files>;

describe('parseDataset (the flows file)', () => {
  it('indexes the countries, their deals and the deliveries by supplier, recipient, category and year', () => {
    const dataset = parseDataset(files().flows);
    expect(dataset.firstOrderYear).toBe(1962);
    expect(dataset.countries.get('RUS')).toMatchObject({ dealsSupplied: 2, dealsReceived: 0 });
    // CHN → PAK has nothing delivered: a supplier, with no flow delivered.
    expect(dataset.suppliers.has('CHN')).toBe(true);
    expect(dataset.deliveries.length).toBe(10);
    const rus = dataset.countryList.findIndex((c) => c.id === 'RUS');
    const rows = Array.from({ length: dataset.deliveries.length }, (_, i) => i).filter((i) => dataset.deliveries.supplier[i] === rus);
    // Sorted by supplier, recipient, category, year: Su-30MK to India (40 units over three years), then Mi-35M to Pakistan.
    expect(rows.map((i) => [dataset.countryList[dataset.deliveries.recipient[i]!]!.id, dataset.deliveries.year[i], dataset.deliveries.tiv[i], dataset.deliveries.units[i]])).toEqual([
      ['IND', 1997, 100, 13],
      ['IND', 1998, 100, 14],
      ['IND', 1999, 100, 13],
      ['PAK', 2018, 46, 4],
    ]);
  });

  it.each([
    ['not JSON object', () => 'hello', '(root)'],
    ['another format', (f: Files) => ({ ...f.flows, format: 'csv' }), 'format'],
    ['a newer version', (f: Files) => ({ ...f.flows, version: 2 }), 'version'],
    ['a column of the wrong length', (f: Files) => ({ ...f.flows, deliveries: { ...f.flows.deliveries, tiv: [1] } }), 'deliveries.tiv'],
    ['an unknown country index', (f: Files) => ({ ...f.flows, deliveries: { ...f.flows.deliveries, supplier: f.flows.deliveries.supplier.map(() => 99) } }), 'deliveries.supplier'],
    ['categories out of order', (f: Files) => ({ ...f.flows, categories: [...f.flows.categories].reverse() }), 'categories'],
  ])('rejects %s, naming where', (_, corrupt, where) => {
    expect(() => parseDataset(corrupt(files()))).toThrow(DatasetError);
    expect(() => parseDataset(corrupt(files()))).toThrow(where);
  });
});

describe('parseRegister and parseOrders (the files loaded later)', () => {
  it('index the deals: ids from 1 in file order, flags as booleans, names resolved', () => {
    const { flows, register } = files();
    const deals = parseRegister(register, parseDataset(flows)).deals;
    expect(deals).toHaveLength(6);
    expect(deals[0]).toMatchObject({ id: 1, supplier: 'SUN', supplierName: 'Soviet Union', orderYearEstimated: true });
    expect(deals[5]).toMatchObject({ id: 6, status: 'Second hand', category: 'Air-defence systems', numberOrdered: null });
  });

  it('give the flows the dataset holds: the flows are the deals summed', () => {
    const { flows, orders, register } = files();
    const dataset = parseDataset(flows);
    const summed = flowTablesOf(parseRegister(register, dataset).deals, new Map(dataset.countryList.map((c, i) => [c.id, i])), dataset.categories);
    expect(summed.deliveries).toEqual(dataset.deliveries);
    expect(summed.orders).toEqual(parseOrders(orders, dataset));
  });

  it.each([
    ['a register with a deal less', (f: Files) => [{ ...f.register, deals: Object.fromEntries(Object.entries(f.register.deals).map(([k, v]) => [k, v.slice(1)])) }, f.flows], 'deals where the dataset counts'],
    ['a register with another TIV', (f: Files) => [{ ...f.register, deals: { ...f.register.deals, tivDelivered: f.register.deals.tivDelivered.map((t) => (t ?? 0) + 1) } }, f.flows], 'TIV delivered'],
    ['a register of another format', (f: Files) => [{ ...f.register, format: 'x' }, f.flows], 'format'],
  ])('rejects %s', (_, corrupt, message) => {
    const [register, flows] = corrupt(files());
    expect(() => parseRegister(register, parseDataset(flows))).toThrow(DatasetError);
    expect(() => parseRegister(register, parseDataset(flows))).toThrow(message);
  });

  it('rejects orders that do not add up to the dataset’s', () => {
    const { flows, orders } = files();
    const changed = { ...orders, orders: { ...orders.orders, tiv: orders.orders.tiv.map((t) => t * 2) } };
    expect(() => parseOrders(changed, parseDataset(flows))).toThrow('TIV ordered');
  });
});
