import { useCountries } from '../../api/get-countries.ts';
import { useMeta } from '../../api/get-meta.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { DealsExplorer } from '../../features/deals/deals-explorer.tsx';

export function DealsRoute() {
  const meta = useMeta();
  const countries = useCountries();
  return (
    <QueryStatus query={meta} label="the data description">
      {(metaData) => (
        <QueryStatus query={countries} label="the list of countries">
          {({ countries: list }) => <DealsExplorer meta={metaData} countries={list} />}
        </QueryStatus>
      )}
    </QueryStatus>
  );
}
