import type { Deal } from '../../api/contract.ts';
import { getDeals, type DealsFilters } from '../../api/get-deals.ts';

/** The API's largest page: an export walks through the pages, as any client of the API would. */
export const EXPORT_PAGE_SIZE = 1000;

export interface ExportProgress {
  loaded: number;
  total: number;
}

/** Every deal that matches the filters, not only the page on screen, in the table's order. */
export async function fetchAllDeals(
  filters: DealsFilters,
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<Deal[]> {
  const deals: Deal[] = [];
  for (let page = 1; ; page++) {
    const answer = await getDeals({ ...filters, page, pageSize: EXPORT_PAGE_SIZE }, signal);
    deals.push(...answer.deals);
    onProgress({ loaded: deals.length, total: answer.total });
    if (deals.length >= answer.total || answer.deals.length === 0) return deals;
  }
}
