import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../lib/api-client.ts';
import type { EventsResponse } from './contract.ts';

export interface EventsFilters {
  countries: readonly string[];
  from: number | null;
  to: number | null;
}

export function getEvents(filters: EventsFilters, signal?: AbortSignal): Promise<EventsResponse> {
  return apiGet<EventsResponse>('/events', { country: filters.countries, from: filters.from, to: filters.to }, signal);
}

export function getEventsQueryOptions(filters: EventsFilters) {
  return queryOptions({ queryKey: ['events', filters], queryFn: ({ signal }) => getEvents(filters, signal) });
}

export function useEvents(filters: EventsFilters, enabled = true) {
  return useQuery({ ...getEventsQueryOptions(filters), enabled });
}
