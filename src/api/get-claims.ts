import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { ClaimsResponse } from './contract.ts';

/** The claims format this app reads: version 3 gives each claim its date and the years it is judged on (docs/api.md). */
export const CLAIMS_VERSION = 3;

export async function getClaims(signal?: AbortSignal): Promise<ClaimsResponse> {
  const answer = await apiGet<ClaimsResponse>('/claims', {}, signal);
  // A server still on another format would break the page further down; say so here instead.
  if (answer.version !== CLAIMS_VERSION) {
    throw new Error(`the server sent claims in format version ${answer.version}; this app reads version ${CLAIMS_VERSION}.`);
  }
  return answer;
}

export function getClaimsQueryOptions() {
  return queryOptions({ queryKey: ['claims'], queryFn: ({ signal }) => getClaims(signal) });
}

export function useClaims() {
  return useQuery(getClaimsQueryOptions());
}
