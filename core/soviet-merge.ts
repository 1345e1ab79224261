import type { Dataset } from './dataset/dataset.ts';

/** SIPRI lists the Soviet Union up to 1991 and Russia after; users often want the two as one series. */
export const SOVIET_UNION = 'SUN';
export const RUSSIA = 'RUS';
export const MERGED_RUSSIA_NAME = 'Russia (incl. Soviet Union)';

export function countryFolder(merge: boolean): (id: string) => string {
  return merge ? (id) => (id === SOVIET_UNION ? RUSSIA : id) : (id) => id;
}

export function countryName(dataset: Dataset, id: string, merge: boolean): string {
  if (merge && id === RUSSIA) return MERGED_RUSSIA_NAME;
  return dataset.countries.get(id)?.name ?? id;
}
