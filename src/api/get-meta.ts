import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { Meta } from './contract.ts';

export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return apiGet<Meta>('/meta', {}, signal);
}

export function getMetaQueryOptions() {
  return queryOptions({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal) });
}

export function useMeta() {
  return useQuery(getMetaQueryOptions());
}
