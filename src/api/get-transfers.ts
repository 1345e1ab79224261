import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type QueryParams } from '../lib/api-client.ts';
import type { TransfersResponse } from './contract.ts';

export interface TransfersFilters {
  suppliers: readonly string[];
  recipients: readonly string[];
  from: number | null;
  to: number | null;
  window: 1 | 5;
  mergeSoviet: boolean;
  /** The weapon lens: armament categories (empty: all) and a text (empty: none), as /deals' `category` and `q`. */
  categories: readonly string[];
  q: string;
}

/** The query string's values for a pair view's filters (empty ones left out by the client): what the app asks, and the server's pictures too. */
export function transfersParams(filters: TransfersFilters): QueryParams {
  return {
    supplier: filters.suppliers,
    recipient: filters.recipients,
    from: filters.from,
    to: filters.to,
    window: filters.window === 1 ? null : filters.window,
    mergeSoviet: filters.mergeSoviet || null,
    category: filters.categories,
    q: filters.q,
  };
}

export function getTransfers(filters: TransfersFilters, signal?: AbortSignal): Promise<TransfersResponse> {
  return apiGet<TransfersResponse>('/transfers', transfersParams(filters), signal);
}

export function getTransfersQueryOptions(filters: TransfersFilters) {
  return queryOptions({
    queryKey: ['transfers', filters],
    queryFn: ({ signal }) => getTransfers(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTransfers(filters: TransfersFilters) {
  return useQuery(getTransfersQueryOptions(filters));
}
