import type { Deal } from '../src/api/contract.ts';
import { pageMeta } from '../src/app/page-meta.ts';
import type { Api } from '../core/routes.ts';
import { OG_IMAGE, siteHead, type PageHead } from './page-head.ts';
import { apiJson, type ReferenceData } from './reference-data.ts';
import { pageView, picturePath } from './view-pictures.ts';

/**
 * Each view's head, from its URL, through the API (the countries, categories and years a view is read against, and a
 * deal page's deal): its title, description and address, and its picture: an explorer's own chart (server/pictures.ts),
 * the fixed picture for the other pages.
 */
export function viewHeads(api: Api, reference: () => Promise<ReferenceData | null>): (url: URL) => Promise<PageHead> {
  const json = apiJson(api);
  return async (url) => {
    const data = await reference();
    const origin = url.origin;
    const fixed = { url: url.href, image: `${origin}/${OG_IMAGE.path}`, imageAlt: OG_IMAGE.alt };
    if (!data) return { ...siteHead(origin), ...fixed };
    const { title, description } = await pageMeta(url, { ...data, findDeal: (id) => json<Deal>(`/deals/${id}`) });
    const view = pageView(url, data);
    const picture = view && { image: `${origin}${picturePath(view)}`, imageAlt: `A chart: ${title}. ${data.meta.source.database}, ${data.meta.source.release} release.` };
    return { heading: title, description, ...fixed, ...picture };
  };
}
