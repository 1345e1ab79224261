import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { DealDetail } from './contract.ts';

export function getDeal(id: number, signal?: AbortSignal): Promise<DealDetail> {
  return apiGet<DealDetail>(`/deals/${id}`, {}, signal);
}

export function getDealQueryOptions(id: number) {
  return queryOptions({ queryKey: ['deals', 'detail', id], queryFn: ({ signal }) => getDeal(id, signal) });
}

export function useDeal(id: number) {
  return useQuery(getDealQueryOptions(id));
}
