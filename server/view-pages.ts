import type { Deal } from '../src/api/contract.ts';
import { pageMeta } from '../src/app/page-meta.ts';
import { isPagePath } from '../src/app/page-paths.ts';
import type { Api } from '../core/routes.ts';
import { OG_IMAGE, siteHead, type PageHead } from './page-head.ts';
import { apiJson, type ReferenceData } from './reference-data.ts';
import { pageView, picturePath } from './view-pictures.ts';

export interface ViewPage {
  head: PageHead;
  /** False where the app shows "not found": a path that is none of its pages, or a deal the register does not have. */
  found: boolean;
}

/**
 * Each view's head, from its URL, through the API (the countries, categories and years a view is read against, and a
 * deal page's deal): its title, description and address, and its picture: an explorer's own chart (server/pictures.ts),
 * the fixed picture for the other pages. And whether the app finds a page there (src/app/page-paths.ts, and the deal).
 */
export function viewPages(api: Api, reference: () => Promise<ReferenceData | null>): (url: URL) => Promise<ViewPage> {
  const json = apiJson(api);
  return async (url) => {
    const isPage = isPagePath(url.pathname);
    const data = await reference();
    const origin = url.origin;
    const fixed = { url: url.href, image: `${origin}/${OG_IMAGE.path}`, imageAlt: OG_IMAGE.alt };
    if (!data) return { head: { ...siteHead(origin), ...fixed }, found: isPage };
    let dealMissing = false;
    const findDeal = async (id: number) => {
      const deal = await json<Deal>(`/deals/${id}`);
      dealMissing = deal === null;
      return deal;
    };
    const { title, description } = await pageMeta(url, { ...data, findDeal });
    const view = pageView(url, data);
    const picture = view && { image: `${origin}${picturePath(view)}`, imageAlt: `A chart: ${title}. ${data.meta.source.database}, ${data.meta.source.release} release.` };
    return { head: { heading: title, description, ...fixed, ...picture }, found: isPage && !dealMissing };
  };
}
