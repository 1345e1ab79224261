import { ReferenceData } from '../../components/reference-data.tsx';
import { SharesExplorer } from '../../features/shares/shares-explorer.tsx';

export function SharesRoute() {
  return <ReferenceData>{(meta, countries) => <SharesExplorer meta={meta} countries={countries} />}</ReferenceData>;
}
