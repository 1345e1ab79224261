import { ReferenceData } from '../../components/reference-data.tsx';
import { ClaimsPage } from '../../features/claims/claims-page.tsx';

export function ClaimsRoute() {
  return <ReferenceData>{(meta, countries) => <ClaimsPage meta={meta} countries={countries} />}</ReferenceData>;
}
