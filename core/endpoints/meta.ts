import { API_VERSION, type Meta } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';

export function getMeta(dataset: Dataset): Meta {
  const { publisher, database, url, release, generated, citation } = dataset.source;
  return {
    apiVersion: API_VERSION,
    source: { publisher, database, url, release, generated, citation },
    unit: dataset.unit,
    firstYear: dataset.firstYear,
    lastYear: dataset.lastYear,
    firstOrderYear: dataset.firstOrderYear,
    counts: {
      deals: dataset.register.deals,
      countries: dataset.countries.size,
      suppliers: dataset.suppliers.size,
      recipients: dataset.recipients.size,
    },
    categories: [...dataset.categories],
    statuses: [...dataset.statuses],
    allocation: dataset.allocation,
  };
}
