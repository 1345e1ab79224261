import { useMemo } from 'react';
import { useHref, useSearchParams } from 'react-router';
import type { CountrySummary, Meta, SharesResponse, TimelineEvent } from '../../api/contract.ts';
import { useEvents } from '../../api/get-events.ts';
import { useShares } from '../../api/get-shares.ts';
import { EmbedFrame } from '../../components/embed-frame.tsx';
import { EventList } from '../../components/event-list.tsx';
import { QueryStatus } from '../../components/query-status.tsx';
import { SeriesKey } from '../../components/time-series-chart.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { eventMarks, eventsWithin } from '../../domain/event-marks.ts';
import { formatYears } from '../../domain/format.ts';
import { noMatchSentence } from '../../domain/weapon-lens.ts';
import { embedSearch, readEmbedSearch, withSearch } from '../../lib/embed-url.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LazySharesMap } from './map/lazy-shares-map.tsx';
import { RankedBars } from './ranked-bars.tsx';
import { SharesChart } from './shares-chart.tsx';
import { eventCountriesOf, rowNounsOf, scopePhrase, sharesChart, sharesViewContext } from './shares-figure.ts';
import { sharesDescription, sharesFigureText, sharesNoEvents, sharesTitle } from './shares-text.ts';
import { useYearsAhead } from '../../lib/use-ahead-of-url.ts';
import { parseSharesView, sharesFilters, sharesViewSearch, type SharesView } from './shares-view.ts';

const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * /embed/shares: the share chart, ranked bars or map of exactly the view its URL describes (the explorer's URL, read by
 * the explorer's parser), for an article's iframe. Its title, legend, caption with unit, filters, source and release,
 * the year slider unless `controls=none`, and a link back to the full view.
 */
export function SharesEmbed({ meta, countries }: { meta: Meta; countries: readonly CountrySummary[] }) {
  const [searchParams] = useSearchParams();
  const { controls, viewSearch, notices: embedNotices } = useMemo(() => readEmbedSearch(searchParams), [searchParams]);
  const context = useMemo(() => sharesViewContext(meta, countries), [countries, meta]);
  const { view: urlView, notices } = useMemo(() => parseSharesView(viewSearch, context), [viewSearch, context]);
  // The year slider's steps are drawn ahead of the URL, which follows once they rest.
  const { view, moveYears } = useYearsAhead(urlView, meta, (next) => embedSearch(sharesViewSearch(next), controls));
  const query = useShares(sharesFilters(view));
  const eventCountries = eventCountriesOf(view);
  const showsEvents = view.events && eventCountries.length > 0 && view.measure !== 'bars' && view.tab !== 'map';
  const events = useEvents({ countries: eventCountries, from: null, to: null }, showsEvents);
  const nameOf = useMemo(() => countryNamer(countries, view.mergeSoviet), [countries, view.mergeSoviet]);
  const from = view.from ?? meta.firstYear;
  const to = view.to ?? meta.lastYear;
  const years = formatYears(from, to);
  const title = sharesTitle(view, nameOf, years);
  usePageTitle(title, sharesDescription(view, nameOf, years, meta.source.release));
  const fullView = useHref(withSearch('/shares', sharesViewSearch(view)));
  const shownEvents = eventsWithin((showsEvents && events.data?.events) || NO_EVENTS, from, to);
  const noEvents = sharesNoEvents(view, nameOf, years, events.data?.events, shownEvents);

  return (
    <EmbedFrame
      title={title}
      fullView={fullView}
      notices={[...embedNotices, ...notices]}
      slider={controls === 'slider' && <YearRangeSlider min={meta.firstYear} max={meta.lastYear} value={[from, to]} onChange={moveYears} />}
    >
      <QueryStatus query={query} label="the shares">
        {(series) => <SharesEmbedFigure {...{ series, view, from, to, meta, countries, title, nameOf }} events={shownEvents} noEvents={noEvents} />}
      </QueryStatus>
    </EmbedFrame>
  );
}

interface FigureProps {
  series: SharesResponse;
  view: SharesView;
  from: number;
  to: number;
  meta: Meta;
  countries: readonly CountrySummary[];
  title: string;
  nameOf: (id: string) => string;
  events: readonly TimelineEvent[];
  /** Why no events are marked, where the view shows them and there are none. */
  noEvents: string | null;
}

function SharesEmbedFigure({ series, view, from, to, meta, countries, title, nameOf, events, noEvents }: FigureProps) {
  const { shares, tiv, drawn, totals, otherCount } = useMemo(() => sharesChart(series, view, from, to), [series, view, from, to]);
  const source = `${meta.source.citation} ${meta.source.release} release.`;
  const hiddenSeries = tiv.series.filter((s) => view.hidden.includes(s.id));
  const { counted, unitLabel, measured, subtitle, notes, hiddenNote } = sharesFigureText(view, shares, hiddenSeries, meta.allocation, source);
  const nouns = rowNounsOf(view);
  if (shares.total === 0) return <p className="empty">{noMatchSentence(view.lens, scopePhrase(view, nameOf) ?? '', formatYears(shares.from, shares.to))}</p>;
  if (view.tab === 'map') {
    return <LazySharesMap {...{ series, from, to, view, countries, title, notes, source }} rowNoun={nouns.row} />;
  }
  const bars = view.measure === 'bars';
  return (
    <figure className="chart-figure">
      {bars ? (
        <RankedBars series={tiv.series} otherCount={otherCount} rowNoun={`${nouns.ranked}s`} title={`${title} (${subtitle})`} />
      ) : (
        <>
          <SeriesKey series={hiddenSeries.length ? tiv.series.filter((s) => !hiddenSeries.includes(s)) : tiv.series} />
          <SharesChart
            tiv={tiv}
            drawn={drawn}
            totals={totals}
            measure={view.measure}
            window={view.window}
            firstYear={series.from}
            hidden={view.hidden}
            unitLabel={unitLabel}
            title={`${title} (${subtitle})`}
            counted={counted}
            marks={eventMarks(events)}
          />
        </>
      )}
      <figcaption>
        {measured}. {hiddenNote && `${hiddenNote} `}
        {notes}
      </figcaption>
      {!bars && <EventList events={events} none={noEvents} />}
    </figure>
  );
}
