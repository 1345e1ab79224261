import { ReferenceData } from '../../components/reference-data.tsx';
import { SharesEmbed } from '../../features/shares/shares-embed.tsx';

export function EmbedSharesRoute() {
  return <ReferenceData>{(meta, countries) => <SharesEmbed meta={meta} countries={countries} />}</ReferenceData>;
}
