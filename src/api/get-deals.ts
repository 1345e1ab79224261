import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet, type QueryParams } from '../lib/api-client.ts';
import type { DealsResponse } from './contract.ts';

export interface DealsFilters {
  suppliers: readonly string[];
  recipients: readonly string[];
  /** SIPRI regions or subregions (or `none`) the supplier, and the recipient, must be in. */
  supplierRegions: readonly string[];
  recipientRegions: readonly string[];
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
  /** The Soviet Union counts as Russia in the country filters (the deals stay as SIPRI lists them). */
  mergeSoviet: boolean;
}

/** Every deal, newest orders first, the first page: change what you filter by. */
export function dealsFilters(patch: Partial<DealsFilters>): DealsFilters {
  return {
    suppliers: [],
    recipients: [],
    supplierRegions: [],
    recipientRegions: [],
    categories: [],
    statuses: [],
    q: '',
    from: null,
    to: null,
    yearOf: 'delivery',
    sort: 'orderYear:desc',
    page: 1,
    pageSize: 50,
    mergeSoviet: false,
    ...patch,
  };
}

/** The filters as the API's query parameters (lists named in the singular: `supplier=RUS,USA`); paging, if given, passes through. */
export function dealsParams(filters: Omit<DealsFilters, 'page' | 'pageSize'>): QueryParams {
  const { suppliers, recipients, supplierRegions, recipientRegions, categories, statuses, mergeSoviet, ...rest } = filters;
  return {
    ...rest,
    supplier: suppliers,
    recipient: recipients,
    supplierRegion: supplierRegions,
    recipientRegion: recipientRegions,
    category: categories,
    status: statuses,
    mergeSoviet: mergeSoviet || null,
  };
}

export function getDeals(filters: DealsFilters, signal?: AbortSignal): Promise<DealsResponse> {
  return apiGet<DealsResponse>('/deals', dealsParams(filters), signal);
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
