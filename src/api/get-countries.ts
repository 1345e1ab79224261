import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { CountriesResponse } from './contract.ts';

export function getCountries(signal?: AbortSignal): Promise<CountriesResponse> {
  return apiGet<CountriesResponse>('/countries', {}, signal);
}

export function getCountriesQueryOptions() {
  return queryOptions({ queryKey: ['countries'], queryFn: ({ signal }) => getCountries(signal) });
}

export function useCountries() {
  return useQuery(getCountriesQueryOptions());
}
