import { useMeta } from '../../api/get-meta.ts';
import { IndiaImports } from '../../features/overview/india-imports.tsx';
import { Presets } from '../../features/overview/presets.tsx';
import { OVERVIEW_TITLE, usePageTitle } from '../../lib/use-page-title.ts';

export function OverviewRoute() {
  const meta = useMeta();
  usePageTitle(OVERVIEW_TITLE);
  return (
    <>
      <section className="intro">
        <h1>{OVERVIEW_TITLE}</h1>
        <p>
          Deliveries of major conventional weapons between countries since 1950, from the SIPRI Arms Transfers
          Database. Volumes are SIPRI trend-indicator values (TIV) in millions: an index of military capability,
          not US dollars.
        </p>
      </section>
      {/* The chart first, then where to go from it: on a phone the examples would push it off the first screen. */}
      <IndiaImports release={meta.data?.source.release} />
      <Presets />
    </>
  );
}
