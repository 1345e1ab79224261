import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { ClaimsResponse } from './contract.ts';

export function getClaims(signal?: AbortSignal): Promise<ClaimsResponse> {
  return apiGet<ClaimsResponse>('/claims', {}, signal);
}

export function getClaimsQueryOptions() {
  return queryOptions({ queryKey: ['claims'], queryFn: ({ signal }) => getClaims(signal) });
}

export function useClaims() {
  return useQuery(getClaimsQueryOptions());
}
