import type { CountriesResponse, Meta } from '../src/api/contract.ts';
import { API_BASE_PATH, type Api } from '../core/routes.ts';

/** What the server's pages and pictures are read against: the data's meta (release, years, categories) and countries. */
export interface ReferenceData {
  meta: Meta;
  countries: CountriesResponse['countries'];
}

/** An API answer's JSON body, asked of the core as the app asks it over HTTP (a path under /api/v1 with its query); null for an error. */
export function apiJson(api: Api): <T>(pathAndQuery: string) => Promise<T | null> {
  return async <T>(pathAndQuery: string) => {
    const answer = await api.answer('GET', new URL(`${API_BASE_PATH}${pathAndQuery}`, 'http://server'));
    return answer.kind === 'json' && answer.status === 200 ? (answer.body as T) : null;
  };
}

/** The reference data, asked once and kept: the data does not change while the server runs. Null if the API cannot answer. */
export function referenceData(api: Api): () => Promise<ReferenceData | null> {
  const json = apiJson(api);
  let reference: Promise<ReferenceData | null> | null = null;
  return () =>
    (reference ??= Promise.all([json<Meta>('/meta'), json<CountriesResponse>('/countries')]).then(([meta, countries]) =>
      meta && countries ? { meta, countries: countries.countries } : null,
    ));
}
