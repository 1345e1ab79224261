import { ReferenceData } from '../../components/reference-data.tsx';
import { PairsEmbed } from '../../features/pairs/pairs-embed.tsx';

export function EmbedPairsRoute() {
  return <ReferenceData>{(meta, countries) => <PairsEmbed meta={meta} countries={countries} />}</ReferenceData>;
}
