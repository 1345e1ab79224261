import type { Deal } from '../../api/contract.ts';
import { getDeals, type DealsFilters } from '../../api/get-deals.ts';

/** The API's largest page: an export walks through the pages, as any client of the API would. */
export const EXPORT_PAGE_SIZE = 1000;
/** Pages asked for at once: the round trips overlap instead of queueing one behind the other. */
const CONCURRENT_PAGES = 4;

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
  const page = (number: number) => getDeals({ ...filters, page: number, pageSize: EXPORT_PAGE_SIZE }, signal);
  const first = await page(1);
  const pages: Deal[][] = [first.deals];
  let loaded = first.deals.length;
  onProgress({ loaded, total: first.total });

  const remaining = Array.from({ length: Math.ceil(first.total / EXPORT_PAGE_SIZE) - 1 }, (_, i) => i + 2);
  const worker = async () => {
    for (let number = remaining.shift(); number !== undefined; number = remaining.shift()) {
      const answer = await page(number);
      pages[number - 1] = answer.deals;
      loaded += answer.deals.length;
      onProgress({ loaded, total: first.total });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  return pages.flat();
}
