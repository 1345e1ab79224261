import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { SharesPerspective, SharesResponse } from './contract.ts';

/** Normalised: every field present, defaults filled, so equal views share one cache entry. */
export interface SharesFilters {
  recipient: string | null;
  supplier: string | null;
  by: SharesPerspective | null;
  from: number | null;
  to: number | null;
  window: 1 | 5;
  top: number | null;
  mergeSoviet: boolean;
}

/** A recipient's or supplier's shares over all years, yearly, every row, Soviet Union with Russia. */
export function sharesFilters(patch: Partial<SharesFilters>): SharesFilters {
  return { recipient: null, supplier: null, by: null, from: null, to: null, window: 1, top: null, mergeSoviet: true, ...patch };
}

export function getShares(filters: SharesFilters, signal?: AbortSignal): Promise<SharesResponse> {
  return apiGet<SharesResponse>(
    '/shares',
    {
      ...filters,
      by: filters.recipient || filters.supplier ? null : filters.by,
      window: filters.window === 1 ? null : filters.window,
      mergeSoviet: filters.mergeSoviet || null,
    },
    signal,
  );
}

export function getSharesQueryOptions(filters: SharesFilters) {
  return queryOptions({
    queryKey: ['shares', filters],
    queryFn: ({ signal }) => getShares(filters, signal),
    // Keep the last chart on screen while another country's answer loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useShares(filters: SharesFilters) {
  return useQuery(getSharesQueryOptions(filters));
}
