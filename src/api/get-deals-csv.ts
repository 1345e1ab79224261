import { apiGetText } from '../lib/api-client.ts';
import { dealsParams, type DealsFilters } from './get-deals.ts';

/** Every deal that matches the filters, in their order, as CSV in one request: the export has no pages. */
export function getDealsCsv(filters: DealsFilters, signal?: AbortSignal): Promise<string> {
  const { page: _page, pageSize: _pageSize, ...selection } = filters;
  return apiGetText('/deals.csv', dealsParams(selection), signal);
}
