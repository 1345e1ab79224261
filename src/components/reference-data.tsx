import type { ReactNode } from 'react';
import type { CountrySummary, Meta } from '../api/contract.ts';
import { useCountries } from '../api/get-countries.ts';
import { useMeta } from '../api/get-meta.ts';
import { QueryStatus } from './query-status.tsx';

/** What every explorer needs before it can read its URL: the data's years and the list of countries. */
export function ReferenceData({ children }: { children: (meta: Meta, countries: readonly CountrySummary[]) => ReactNode }) {
  const meta = useMeta();
  const countries = useCountries();
  return (
    <QueryStatus query={meta} label="the data description">
      {(metaData) => (
        <QueryStatus query={countries} label="the list of countries">
          {({ countries: list }) => children(metaData, list)}
        </QueryStatus>
      )}
    </QueryStatus>
  );
}
