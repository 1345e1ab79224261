import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../../core/dataset/dataset.ts';
import { miniDatasetFile } from '../fixtures/mini-dataset.ts';

describe('parseDataset', () => {
  it('indexes a valid file: ids from 1 in file order, flags as booleans, names resolved', () => {
    const dataset = parseDataset(miniDatasetFile());
    expect(dataset.deals).toHaveLength(6);
    expect(dataset.deals[0]).toMatchObject({ id: 1, supplier: 'SUN', supplierName: 'Soviet Union', orderYearEstimated: true });
    expect(dataset.deals[5]).toMatchObject({ id: 6, status: 'Second hand', category: 'Air-defence systems', numberOrdered: null });
    expect(dataset.firstOrderYear).toBe(1962);
  });

  it.each([
    ['not JSON object', () => 'hello', '(root)'],
    ['another format', (f: ReturnType<typeof miniDatasetFile>) => ({ ...f, format: 'csv' }), 'format'],
    ['a newer version', (f: ReturnType<typeof miniDatasetFile>) => ({ ...f, version: 2 }), 'version'],
    ['a column of the wrong length', (f: ReturnType<typeof miniDatasetFile>) => ({ ...f, deals: { ...f.deals, designation: ['x'] } }), 'deals.designation'],
    ['an unknown country index', (f: ReturnType<typeof miniDatasetFile>) => ({ ...f, deals: { ...f.deals, supplier: f.deals.supplier.map(() => 99) } }), 'deals.supplier'],
    ['categories out of order', (f: ReturnType<typeof miniDatasetFile>) => ({ ...f, categories: [...f.categories].reverse() }), 'categories'],
  ])('rejects %s, naming where', (_, corrupt, where) => {
    expect(() => parseDataset(corrupt(miniDatasetFile()))).toThrow(DatasetError);
    expect(() => parseDataset(corrupt(miniDatasetFile()))).toThrow(where);
  });
});
