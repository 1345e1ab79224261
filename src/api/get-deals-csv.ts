import { apiGetFile } from '../lib/api-client.ts';
import { dealsParams, type DealsFilters } from './get-deals.ts';

/** Every deal that matches the filters, in their order, as a CSV file in one request: the export has no pages. */
export function getDealsCsv(filters: DealsFilters, signal?: AbortSignal): Promise<Blob> {
  const { page: _page, pageSize: _pageSize, ...selection } = filters;
  return apiGetFile('/deals.csv', dealsParams(selection), signal);
}
