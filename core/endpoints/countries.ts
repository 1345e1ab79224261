import type { CountriesResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';

/** Every country, group and organisation in the data, sorted by name, with how many deals it supplied or received. */
export function listCountries(dataset: Dataset): CountriesResponse {
  const countries = [...dataset.countries.values()]
    .map(({ id, name, kind, region, subregion, dealsSupplied, dealsReceived }) => ({
      id,
      name,
      kind,
      supplies: dataset.suppliers.has(id),
      receives: dataset.recipients.has(id),
      deals: dealsSupplied + dealsReceived,
      region,
      subregion,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { countries };
}
