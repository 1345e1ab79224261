import { useCountries } from '../../api/get-countries.ts';
import { useMeta } from '../../api/get-meta.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { SharesExplorer } from '../../features/shares/shares-explorer.tsx';

export function SharesRoute() {
  const meta = useMeta();
  const countries = useCountries();
  return (
    <QueryStatus query={meta} label="the data description">
      {(metaData) => (
        <QueryStatus query={countries} label="the list of countries">
          {({ countries: list }) => <SharesExplorer meta={metaData} countries={list} />}
        </QueryStatus>
      )}
    </QueryStatus>
  );
}
