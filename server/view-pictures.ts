import { pairsViewContext, pairsViewSearch, parsePairsView, DEFAULT_PAIRS_VIEW } from '../src/features/pairs/pairs-view.ts';
import { sharesViewContext } from '../src/features/shares/shares-figure.ts';
import { DEFAULT_VIEW, parseSharesView, sharesViewSearch } from '../src/features/shares/shares-view.ts';
import { readEmbedSearch } from '../src/lib/embed-url.ts';
import type { ReferenceData } from './reference-data.ts';

/**
 * Which chart a page's link preview shows: the share explorer's or the pair explorer's view at its URL (or its
 * embed's), read by the explorer's own parser, as the picture's address `/og/shares.png?…` or `/og/pairs.png?…`.
 * The address holds only what the picture draws, in the explorer's own short form, so equal views share one picture
 * (and one cache entry); other pages have none (they keep the fixed picture, server/page-head.ts).
 */

export type PicturePage = 'shares' | 'pairs';

export interface PictureView {
  page: PicturePage;
  /** The view's search, canonical: what the explorer would write for it, less what the picture does not draw. */
  search: URLSearchParams;
}

/** The picture of a page (an explorer or its embed), or null for a page without one. */
export function pageView(url: URL, data: ReferenceData): PictureView | null {
  const path = url.pathname.toLowerCase().replace(/\/+$/, '');
  const embedded = path.startsWith('/embed/');
  const page = embedded ? path.slice('/embed'.length) : path;
  const search = embedded ? readEmbedSearch(url.searchParams).viewSearch : url.searchParams;
  if (page === '/shares' || page === '/pairs') return canonicalView(page.slice(1) as PicturePage, search, data);
  return null;
}

const PICTURE_PATH = /^\/og\/(shares|pairs)\.png$/;

/** The view a picture's address asks for, canonical; null for a path that is no picture. */
export function pictureView(url: URL, data: ReferenceData): PictureView | null {
  const page = PICTURE_PATH.exec(url.pathname)?.[1] as PicturePage | undefined;
  return page ? canonicalView(page, url.searchParams, data) : null;
}

export const isPicturePath = (path: string) => PICTURE_PATH.test(path);

/** `/og/shares.png?recipient=PAK`: the picture's path and query. */
export function picturePath({ page, search }: PictureView): string {
  const query = search.toString();
  return `/og/${page}.png${query ? `?${query}` : ''}`;
}

/** Events and the tab (table, map) are not drawn: the picture is the view's chart. */
function canonicalView(page: PicturePage, search: URLSearchParams, { meta, countries }: ReferenceData): PictureView {
  if (page === 'shares') {
    const { view } = parseSharesView(search, sharesViewContext(meta, countries));
    return { page, search: sharesViewSearch({ ...view, events: DEFAULT_VIEW.events, tab: DEFAULT_VIEW.tab }) };
  }
  const { view } = parsePairsView(search, pairsViewContext(meta, countries));
  return { page, search: pairsViewSearch({ ...view, events: DEFAULT_PAIRS_VIEW.events, tab: DEFAULT_PAIRS_VIEW.tab }) };
}
