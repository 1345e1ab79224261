import { ReferenceData } from '../../components/reference-data.tsx';
import { DealsExplorer } from '../../features/deals/deals-explorer.tsx';

export function DealsRoute() {
  return <ReferenceData>{(meta, countries) => <DealsExplorer meta={meta} countries={countries} />}</ReferenceData>;
}
