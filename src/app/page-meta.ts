import type { CountrySummary, Deal, Meta } from '../api/contract.ts';
import { countryNamer } from '../domain/country-names.ts';
import { formatYears } from '../domain/format.ts';
import { dealDescription, dealsPageText, dealTitle } from '../features/deals/deals-text.ts';
import { dealsViewContext, firstYearOf, parseDealsView } from '../features/deals/deals-view.ts';
import { pairsDescription, pairsTitle } from '../features/pairs/pairs-text.ts';
import { pairsViewContext, parsePairsView } from '../features/pairs/pairs-view.ts';
import { sharesViewContext } from '../features/shares/shares-figure.ts';
import { sharesDescription, sharesTitle } from '../features/shares/shares-text.ts';
import { parseSharesView } from '../features/shares/shares-view.ts';
import { readEmbedSearch } from '../lib/embed-url.ts';
import { isDealId } from './page-paths.ts';
import { CLAIMS_DESCRIPTION, CLAIMS_TITLE, OVERVIEW_TITLE, SITE_DESCRIPTION } from '../lib/use-page-title.ts';

export interface PageMeta {
  /** The page's heading, as its tab says it before " · Arms Transfer Tracker". */
  title: string;
  description: string;
}

export interface PageMetaData {
  meta: Meta;
  countries: readonly CountrySummary[];
  /** A deal of the register, or null where there is none with this id. */
  findDeal: (id: number) => Promise<Deal | null>;
}

/**
 * The title and description of the page at a URL, from the URL alone (and the deal it names), in the same words the
 * page itself sets them in (each view's own functions): for a server that writes them into the page's HTML, where a
 * link preview reads them without running the app. An embed is titled as its view.
 */
export async function pageMeta(url: URL, { meta, countries, findDeal }: PageMetaData): Promise<PageMeta> {
  const path = url.pathname.toLowerCase().replace(/\/+$/, '') || '/';
  const embedded = path.startsWith('/embed/');
  const page = embedded ? path.slice('/embed'.length) : path;
  const search = embedded ? readEmbedSearch(url.searchParams).viewSearch : url.searchParams;
  const release = meta.source.release;
  const years = (view: { from: number | null; to: number | null }, first = meta.firstYear) => formatYears(view.from ?? first, view.to ?? meta.lastYear);

  if (page === '/' && !embedded) return { title: OVERVIEW_TITLE, description: SITE_DESCRIPTION };
  if (page === '/shares') {
    const { view } = parseSharesView(search, sharesViewContext(meta, countries));
    const nameOf = countryNamer(countries, view.mergeSoviet);
    return { title: sharesTitle(view, nameOf, years(view)), description: sharesDescription(view, nameOf, years(view), release) };
  }
  if (page === '/pairs') {
    const { view } = parsePairsView(search, pairsViewContext(meta, countries));
    const nameOf = countryNamer(countries, view.mergeSoviet);
    return { title: pairsTitle(view, years(view)), description: pairsDescription(view, nameOf, years(view), release) };
  }
  if (embedded) return notFound();
  if (page === '/deals') {
    const context = dealsViewContext(meta, countries);
    const { view } = parseDealsView(search, context);
    const nameOf = countryNamer(countries, view.mergeSoviet);
    const first = firstYearOf(view.yearOf, context);
    const { title, description } = dealsPageText(view, nameOf, first, meta.lastYear, release);
    return { title, description };
  }
  const dealId = /^\/deals\/([^/]+)$/.exec(page)?.[1];
  if (dealId && isDealId(dealId)) {
    const deal = await findDeal(Number(dealId));
    return deal ? { title: dealTitle(deal), description: dealDescription(deal, release) } : { title: 'Deal not found', description: SITE_DESCRIPTION };
  }
  if (page === '/claims') return { title: CLAIMS_TITLE, description: CLAIMS_DESCRIPTION };
  return notFound();
}

const notFound = (): PageMeta => ({ title: 'Page not found', description: SITE_DESCRIPTION });
