import { ReferenceData } from '../../components/reference-data.tsx';
import { PairsExplorer } from '../../features/pairs/pairs-explorer.tsx';

export function PairsRoute() {
  return <ReferenceData>{(meta, countries) => <PairsExplorer meta={meta} countries={countries} />}</ReferenceData>;
}
