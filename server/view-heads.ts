import type { CountriesResponse, Deal, Meta } from '../src/api/contract.ts';
import { pageMeta } from '../src/app/page-meta.ts';
import { API_BASE_PATH, type Api } from '../core/routes.ts';
import { OG_IMAGE, siteHead, type PageHead } from './page-head.ts';

/**
 * Each view's head, from its URL, through the API (the countries, categories and years a view is read against, and a
 * deal page's deal), asked once and kept: the data does not change while the server runs.
 */
export function viewHeads(api: Api): (url: URL) => Promise<PageHead> {
  const json = async <T>(path: string): Promise<T | null> => {
    const answer = await api.answer('GET', new URL(`${API_BASE_PATH}${path}`, 'http://server'));
    return answer.kind === 'json' && answer.status === 200 ? (answer.body as T) : null;
  };
  let reference: Promise<{ meta: Meta; countries: CountriesResponse['countries'] } | null> | null = null;
  const referenceData = () =>
    (reference ??= Promise.all([json<Meta>('/meta'), json<CountriesResponse>('/countries')]).then(([meta, countries]) =>
      meta && countries ? { meta, countries: countries.countries } : null,
    ));
  return async (url) => {
    const data = await referenceData();
    const origin = url.origin;
    const own = { url: url.href, image: `${origin}/${OG_IMAGE.path}` };
    if (!data) return { ...siteHead(origin), ...own };
    const { title, description } = await pageMeta(url, { ...data, findDeal: (id) => json<Deal>(`/deals/${id}`) });
    return { heading: title, description, ...own };
  };
}
