import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { DealsResponse } from './contract.ts';

export interface DealsFilters {
  suppliers: readonly string[];
  recipients: readonly string[];
  categories: readonly string[];
  statuses: readonly string[];
  q: string;
  from: number | null;
  to: number | null;
  yearOf: 'order' | 'delivery';
  /** `field:asc` or `field:desc`. */
  sort: string;
  page: number;
  pageSize: number;
}

/** Every deal, newest orders first, the first page: change what you filter by. */
export function dealsFilters(patch: Partial<DealsFilters>): DealsFilters {
  return {
    suppliers: [],
    recipients: [],
    categories: [],
    statuses: [],
    q: '',
    from: null,
    to: null,
    yearOf: 'delivery',
    sort: 'orderYear:desc',
    page: 1,
    pageSize: 50,
    ...patch,
  };
}

export function getDeals(filters: DealsFilters, signal?: AbortSignal): Promise<DealsResponse> {
  const { suppliers, recipients, categories, statuses, ...rest } = filters;
  return apiGet<DealsResponse>(
    '/deals',
    { ...rest, supplier: suppliers, recipient: recipients, category: categories, status: statuses },
    signal,
  );
}

export function getDealsQueryOptions(filters: DealsFilters) {
  return queryOptions({
    queryKey: ['deals', 'list', filters],
    queryFn: ({ signal }) => getDeals(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDeals(filters: DealsFilters) {
  return useQuery(getDealsQueryOptions(filters));
}
