import { getShares } from '../../core/endpoints/shares.ts';
import { indexDataset } from '../../core/dataset/dataset.ts';
import type { FlowsFile } from '../../core/dataset/schema.ts';

/** SIPRI Fact Sheet March 2026: Russia's (the Soviet Union's before 1992) share of India's arms imports, in %. */
export const INDIA_FACT_SHEET = [
  { from: 2011, to: 2015, published: 70 },
  { from: 2016, to: 2020, published: 51 },
  { from: 2021, to: 2025, published: 40 },
] as const;

/** The same figure computed by the API the app uses, so the check covers the allocation and the endpoint. */
export function russiaShareOfIndia(flows: FlowsFile, from: number, to: number): number {
  const dataset = indexDataset(flows);
  const answer = getShares(dataset, dataset.deliveries, {
    recipient: 'IND',
    supplier: null,
    by: 'supplier',
    group: null,
    from,
    to,
    window: 1,
    top: null,
    mergeSoviet: true,
    lens: { categories: [], text: '' },
  });
  return 100 * (answer.rows.find((row) => row.id === 'RUS')?.share ?? 0);
}
