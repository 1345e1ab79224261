import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type QueryParams } from '../lib/api-client.ts';
import type { SharesGroup, SharesPerspective, SharesResponse } from './contract.ts';

/** Normalised: every field present, defaults filled, so equal views share one cache entry. */
export interface SharesFilters {
  recipient: string | null;
  supplier: string | null;
  by: SharesPerspective | null;
  /** World rankings only: rows are SIPRI's regions or subregions. */
  group: SharesGroup | null;
  from: number | null;
  to: number | null;
  window: 1 | 5;
  top: number | null;
  mergeSoviet: boolean;
  /** The weapon lens: armament categories (empty: all) and a text (empty: none), as /deals' `category` and `q`. */
  categories: readonly string[];
  q: string;
}

/** A recipient's or supplier's shares over all years, yearly, every row, Soviet Union with Russia, every weapon. */
export function sharesFilters(patch: Partial<SharesFilters>): SharesFilters {
  return { recipient: null, supplier: null, by: null, group: null, from: null, to: null, window: 1, top: null, mergeSoviet: true, categories: [], q: '', ...patch };
}

/** The query string's values for a view's filters (empty ones left out by the client): what the app asks, and the server's pictures too. */
export function sharesParams(filters: SharesFilters): QueryParams {
  const { categories, ...rest } = filters;
  return {
    ...rest,
    category: categories,
    by: filters.recipient || filters.supplier ? null : filters.by,
    group: filters.recipient || filters.supplier ? null : filters.group,
    window: filters.window === 1 ? null : filters.window,
    mergeSoviet: filters.mergeSoviet || null,
  };
}

export function getShares(filters: SharesFilters, signal?: AbortSignal): Promise<SharesResponse> {
  return apiGet<SharesResponse>('/shares', sharesParams(filters), signal);
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
