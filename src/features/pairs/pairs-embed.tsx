import { useMemo } from 'react';
import { useHref, useSearchParams } from 'react-router';
import type { CountrySummary, Meta } from '../../api/contract.ts';
import { useEvents } from '../../api/get-events.ts';
import { useTransfers } from '../../api/get-transfers.ts';
import { EmbedFrame } from '../../components/embed-frame.tsx';
import { EventList } from '../../components/event-list.tsx';
import { QueryStatus } from '../../components/query-status.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { eventMarks, eventsOfPairs, eventsWithin } from '../../domain/event-marks.ts';
import { formatYears } from '../../domain/format.ts';
import { embedSearch, readEmbedSearch, withSearch } from '../../lib/embed-url.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { nothingToDraw, pairChartData } from './pair-chart-data.ts';
import { PairLegend } from './pair-legend.tsx';
import { PairsChart } from './pairs-chart.tsx';
import { pairsDescription, pairsFigureText, pairsNoEvents, pairsTitle } from './pairs-text.ts';
import { useYearsAhead } from '../../lib/use-ahead-of-url.ts';
import { pairsViewContext, pairsViewSearch, parsePairsView, pairsEventCountries, shownAs, transfersFilters } from './pairs-view.ts';

/**
 * /embed/pairs: the pair chart of exactly the view its URL describes (the explorer's URL, read by the explorer's
 * parser), for an article's iframe: its title, the pairs with their colours and totals, the chart, the caption with
 * unit, filters, source and release, the events marked, the year slider unless `controls=none`, and a link back.
 */
export function PairsEmbed({ meta, countries }: { meta: Meta; countries: readonly CountrySummary[] }) {
  const [searchParams] = useSearchParams();
  const { controls, viewSearch, notices: embedNotices } = useMemo(() => readEmbedSearch(searchParams), [searchParams]);
  const context = useMemo(() => pairsViewContext(meta, countries), [countries, meta]);
  const { view: urlView, notices } = useMemo(() => parsePairsView(viewSearch, context), [viewSearch, context]);
  // The year slider's steps are drawn ahead of the URL, which follows once they rest.
  const { view, moveYears } = useYearsAhead(urlView, meta, (next) => embedSearch(pairsViewSearch(next), controls));
  const nameOf = useMemo(() => countryNamer(countries, view.mergeSoviet), [countries, view.mergeSoviet]);
  const filters = transfersFilters(view);
  const query = useTransfers(filters);
  // With the Soviet Union drawn as Russia, its events count as Russia's.
  const eventCountries = pairsEventCountries(view);
  const events = useEvents({ countries: eventCountries, from: null, to: null }, view.events);
  const from = view.from ?? meta.firstYear;
  const to = view.to ?? meta.lastYear;
  const years = formatYears(from, to);
  const pairEvents = view.events ? eventsOfPairs(events.data?.events ?? [], view.pairs, shownAs(view)) : [];
  const shownEvents = eventsWithin(pairEvents, from, to);
  const noEvents = pairsNoEvents(view, years, events.data && pairEvents, shownEvents);
  const title = pairsTitle(view, years);
  usePageTitle(title, pairsDescription(view, nameOf, years, meta.source.release));
  const source = `${meta.source.citation} ${meta.source.release} release.`;
  const { counted, units, unitLabel, measured, subtitle, ordersNote, notes } = pairsFigureText(view, { from, to }, meta.allocation, source);
  const fullView = useHref(withSearch('/pairs', pairsViewSearch(view)));

  return (
    <EmbedFrame
      title={title}
      fullView={fullView}
      notices={[...embedNotices, ...notices]}
      slider={controls === 'slider' && <YearRangeSlider min={meta.firstYear} max={meta.lastYear} value={[from, to]} onChange={moveYears} />}
    >
      <QueryStatus query={query} label="the pairs">
        {(transfers) => {
          const data = pairChartData(transfers, view.pairs, nameOf, view.mergeSoviet);
          const empty = nothingToDraw(data, { measure: view.measure, orders: view.orders, lens: view.lens, years });
          return (
            <>
              <PairLegend data={data} units={units} orders={view.orders} />
              {empty ? (
                <p className="empty">{empty}</p>
              ) : (
                <figure className="chart-figure">
                  <PairsChart
                    data={data}
                    orders={view.orders}
                    measure={view.measure}
                    unitLabel={unitLabel}
                    counted={counted}
                    marks={eventMarks(shownEvents)}
                    title={`${title}: ${subtitle}`}
                  />
                  <figcaption>
                    {measured(' (dashed)')}. {ordersNote} {notes}
                  </figcaption>
                  <EventList events={shownEvents} none={noEvents} />
                </figure>
              )}
            </>
          );
        }}
      </QueryStatus>
    </EmbedFrame>
  );
}
