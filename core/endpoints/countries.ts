import type { CountriesResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';

/** Every country, group and organisation in the data, sorted by name, with how many deals it supplied or received. */
export function listCountries(dataset: Dataset): CountriesResponse {
  const deals = new Map<string, number>();
  for (const { supplier, recipient } of dataset.deals) {
    deals.set(supplier, (deals.get(supplier) ?? 0) + 1);
    deals.set(recipient, (deals.get(recipient) ?? 0) + 1);
  }
  const countries = [...dataset.countries.values()]
    .map(({ id, name, kind }) => ({
      id,
      name,
      kind,
      supplies: dataset.suppliers.has(id),
      receives: dataset.recipients.has(id),
      deals: deals.get(id) ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { countries };
}
