import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Allocation, CountrySummary, Meta, SharesResponse, TimelineEvent } from '../../api/contract.ts';
import { useEvents } from '../../api/get-events.ts';
import { getSharesQueryOptions, useShares } from '../../api/get-shares.ts';
import { DownloadButtons, SkipToDownloads } from '../../components/download-buttons.tsx';
import { EventList } from '../../components/event-list.tsx';
import { QueryStatus } from '../../components/query-status.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { formatYears } from '../../domain/format.ts';
import { countryNamer } from '../../domain/country-names.ts';
import { eventListNotes, eventMarks, eventsWithin } from '../../domain/event-marks.ts';
import type { StackedSeries } from '../../domain/focus-series.ts';
import { yearsOf, yearsOfValue } from '../../domain/share-years.ts';
import { lensLabel, noMatchSentence, shareSentence, shareWhole, weaponsCounted, withLensLabel, type WeaponLens } from '../../domain/weapon-lens.ts';
import { WeaponLensControls, type LensScope } from '../lens/weapon-lens-controls.tsx';
import { ConcentrationPanel } from './concentration-panel.tsx';
import { PeriodSummary } from './period-summary.tsx';
import { DealsBehind, type Selection } from '../../components/deals-behind.tsx';
import { SeriesLegend } from './series-legend.tsx';
import { SharesChart } from './shares-chart.tsx';
import { SharesControls } from './shares-controls.tsx';
import { rankingCsv, sharesCsv } from './shares-csv.ts';
import { RankedBars } from './ranked-bars.tsx';
import { SharesTable } from './shares-table.tsx';
import { parseSharesView, SHARES_TABS, sharesFilters, sharesViewSearch, type SharesView } from './shares-view.ts';
import { LazySharesMap } from './map/lazy-shares-map.tsx';
import { membersSummary, regionMembers } from './regions.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useStableCallback } from '../../lib/use-stable-callback.ts';
import { SettingsPanel } from '../../components/settings-panel.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ShareButton } from '../../components/share-button.tsx';
import { sharesDescription, sharesFigureText, sharesNoEvents, sharesSettingsSummary, sharesTitle } from './shares-text.ts';
import { eventCountriesOf, rowNounsOf, scopePhrase, sharesChart, sharesViewContext } from './shares-figure.ts';
import { useYearsAhead } from '../../lib/use-ahead-of-url.ts';
import { ShowAsTabs, showAsPanelProps } from '../../components/show-as-tabs.tsx';

const NO_EVENTS: readonly TimelineEvent[] = [];

interface Props {
  meta: Meta;
  countries: readonly CountrySummary[];
}

/** /shares: who arms a country (or whom it arms), year by year. All state is in the URL. */
export function SharesExplorer({ meta, countries }: Props) {
  const [searchParams, setSearchParams] = useSearchParams();
  const context = useMemo(() => sharesViewContext(meta, countries), [countries, meta]);
  const { view: urlView, notices } = useMemo(() => parseSharesView(searchParams, context), [searchParams, context]);
  // The year slider's steps are drawn ahead of the URL, which follows once they rest.
  const { view, moveYears } = useYearsAhead(urlView, meta, sharesViewSearch);
  const [selection, setSelection] = useState<Selection | null>(null);

  const queryClient = useQueryClient();
  const update = (patch: Partial<SharesView>) => {
    // A new country needs the API: ask now rather than after React has rendered, so request and render overlap.
    // New years or window need nothing (the cached series is cut on the client), and prefetching them is a no-op.
    void queryClient.prefetchQuery(getSharesQueryOptions(sharesFilters({ ...view, ...patch })));
    setSelection(null);
    setSearchParams(sharesViewSearch({ ...view, ...patch }));
  };
  const query = useShares(sharesFilters(view));
  const eventCountries = eventCountriesOf(view);
  const events = useEvents({ countries: eventCountries, from: null, to: null }, view.events && eventCountries.length > 0);
  const allEvents = (view.events && eventCountries.length && events.data?.events) || NO_EVENTS;
  const countryName = useMemo(() => countryNamer(countries, view.mergeSoviet), [countries, view.mergeSoviet]);
  // A region's row is named by the API ("No region (organisations, unknown parties)"), a country's as everywhere.
  const nameOf = useMemo(() => {
    if (!view.group) return countryName;
    const rowNames = new Map(query.data?.rows.map((row) => [row.id, row.name]));
    return (id: string) => rowNames.get(id) ?? countryName(id);
  }, [view.group, query.data, countryName]);

  const from = view.from ?? meta.firstYear;
  const to = view.to ?? meta.lastYear;
  // Concentration is computed from yearly values, whatever the chart's window.
  const yearly = useMemo(() => query.data && yearsOf(query.data, from, to, 1), [query.data, from, to]);
  const shownEvents = useMemo(() => eventsWithin(allEvents, from, to), [allEvents, from, to]);
  const years = formatYears(from, to);
  const title = sharesTitle(view, nameOf, years);
  usePageTitle(title, sharesDescription(view, nameOf, years, meta.source.release));
  // Whose deliveries a row sums (`role`), what the rows are (a country's suppliers or recipients, a region) and what the
  // ranked bars call them (the world's importers or exporters).
  const { role, row: rowNoun, ranked: rankedNoun } = rowNounsOf(view);
  const source = `${meta.source.citation} ${meta.source.release} release.`;
  // The URL gives a new lens at every change (a slider step too); its contents decide whether the callbacks change.
  const lensKey = JSON.stringify(view.lens);
  const lens = useMemo(() => JSON.parse(lensKey) as WeaponLens, [lensKey]);
  // What a row's share is of: a recipient's or the world's imports, a supplier's or the world's exports.
  const flow = view.perspective === 'recipient' || view.perspective === 'importers' ? 'imports' : 'exports';
  const whole = shareWhole(lens, view.country && nameOf(view.country), flow);
  const withSoviet = useCallback((id: string) => (id === 'RUS' && view.mergeSoviet ? ['RUS', 'SUN'] : [id]), [view.mergeSoviet]);
  // The view's countries, whose deals the weapon search counts.
  const { perspective, country } = view;
  const scope: LensScope = useMemo(
    () => ({
      suppliers: perspective === 'supplier' && country ? withSoviet(country) : [],
      recipients: perspective === 'recipient' && country ? withSoviet(country) : [],
      phrase: scopePhrase({ perspective, country }, nameOf),
    }),
    [perspective, country, withSoviet, nameOf],
  );
  // The settings do not depend on the years: given the view without them, and handlers that keep their identity,
  // the memoised controls skip a slider step's render (about a fifth of a step's work).
  const yearless = sharesViewSearch({ ...view, from: null, to: null }).toString();
  const settingsView = useMemo(() => parseSharesView(new URLSearchParams(yearless), context).view, [yearless, context]);
  const changeSettings = useStableCallback((patch: Partial<SharesView>) => update(patch));
  const changeLens = useStableCallback((next: WeaponLens) => update({ lens: next, hidden: [] }));

  /** The deals behind a row's value over from..to, under `title`. */
  const selectDeals = useCallback(
    (seriesId: string, from: number, to: number, title: (pair: string) => string) => {
      if (seriesId === 'other') return;
      const selected = { from, to, lens, mergeSoviet: view.mergeSoviet };
      if (view.group) {
        // Not a row of this grouping: the last view's answer, still drawn while this one loads.
        if (!context.groupRows[view.group].has(seriesId)) return;
        // A region's deals: the API's region filter, and the countries it holds (those with deals in the role) named.
        const members = regionMembers(countries, view.group, seriesId, role);
        const summary = membersSummary(view.group, seriesId, role, members.length);
        const region = { side: role, id: seriesId, summary, members: members.map((c) => c.name) };
        setSelection({ ...selected, title: title(nameOf(seriesId)), suppliers: [], recipients: [], region });
        return;
      }
      // Russia with the Soviet Union where the view draws them so: both ids, and the deals' API folds them too.
      const ids = withSoviet(seriesId);
      const country = view.country ? withSoviet(view.country) : [];
      const suppliers = role === 'supplier' ? ids : country;
      const recipients = role === 'supplier' ? country : ids;
      const pair = view.country ? `${nameOf(suppliers[0]!)} → ${nameOf(recipients[0]!)}` : nameOf(seriesId);
      setSelection({ ...selected, title: title(pair), suppliers, recipients });
    },
    [view.country, view.group, view.mergeSoviet, withSoviet, context, countries, role, nameOf, lens],
  );
  // Stable between renders, so the memoised chart does not redraw while another country's answer loads.
  // `years`: the years a map value sums, where they are not the year's (or its five-year window's).
  const select = useCallback(
    (seriesId: string, year: number, years?: { from: number; to: number }) => {
      if (seriesId === 'other') return;
      const { from, to } = years ?? yearsOfValue(year, view.window, meta.firstYear);
      selectDeals(seriesId, from, to, (pair) => withLensLabel(`${pair}, ${formatYears(from, to)}`, lens));
    },
    [view.window, meta.firstYear, selectDeals, lens],
  );
  /** A row's share of the period, from the summary: its deals over the whole period (the sentence names the weapons). */
  const selectPeriod = (seriesId: string, share: number) =>
    selectDeals(seriesId, from, to, () => shareSentence(nameOf(seriesId), share, whole, years));
  // Only the rows of the country looked at can be pinned: its partners over all years.
  const partners = useMemo(() => (query.data ? new Set(query.data.rows.filter((row) => row.tiv > 0).map((row) => row.id)) : null), [query.data]);
  // A switch that does nothing must say why: the country has no events, or none in these years.
  const noEvents = sharesNoEvents(view, nameOf, years, events.data?.events, shownEvents);

  // On a wide screen the settings are a column beside the view (styles.css, .explorer); the reading and Tab order
  // stays title, settings, years, chart, as on a phone.
  return (
    <div className="explorer">
      <h1>{title}</h1>
      <UrlNotice notices={notices} cleanSearch={sharesViewSearch(view)} />
      <SettingsPanel label="Settings" summary={sharesSettingsSummary(view, nameOf, from, to)}>
        <SharesControls view={settingsView} countries={countries} partners={partners} onChange={changeSettings} />
        <WeaponLensControls lens={lens} categories={meta.categories} scope={scope} onChange={changeLens} />
      </SettingsPanel>
      <div className="explorer__view">
        <YearRangeSlider
          min={meta.firstYear}
          max={meta.lastYear}
          value={[from, to]}
          onChange={(years) => {
            setSelection(null);
            moveYears(years);
          }}
        />
        <QueryStatus query={query} label="the shares">
          {(series) => (
            <SharesResult
              series={series}
              countries={countries}
              from={from}
              to={to}
              view={view}
              title={title}
              source={source}
              allocation={meta.allocation}
              rowNoun={rowNoun}
              whole={whole}
              scope={scope.phrase ?? ''}
              rankedNoun={rankedNoun}
              fileStem={[title, lensLabel(lens) ?? '', view.measure, view.window === 5 ? 'rolling five-year sums' : '', `SIPRI ${meta.source.release}`]}
              events={shownEvents}
              noEvents={noEvents}
              onUpdate={update}
              onSelect={select}
              onSelectPeriod={selectPeriod}
            />
          )}
        </QueryStatus>
        {/* Next to the chart or table it was opened from, not below the concentration table. */}
        {selection && <DealsBehind selection={selection} onClose={() => setSelection(null)} />}
        {yearly?.some((year) => year.total > 0) && <ConcentrationPanel years={yearly} nameOf={nameOf} rowNoun={rowNoun} counted={lensLabel(lens)} />}
      </div>
    </div>
  );
}

interface ResultProps {
  /** The API's answer for every year; the view's years and window are cut from it here. */
  series: SharesResponse;
  countries: readonly CountrySummary[];
  from: number;
  to: number;
  view: SharesView;
  title: string;
  source: string;
  allocation: Allocation;
  /** What the rows are: "supplier", "recipient", "region" or "subregion". */
  rowNoun: string;
  /** What the shares are of: "India’s aircraft imports". */
  whole: string;
  /** Whose deliveries the view counts: "to India", "from Russia", "" (the world). */
  scope: string;
  /** The same, as the bars rank them: "importer", "exporter", or rowNoun. */
  rankedNoun: string;
  fileStem: string[];
  events: readonly TimelineEvent[];
  /** Said where the events' list would be, when the switch is on and there are none to show. */
  noEvents: string | null;
  onUpdate: (patch: Partial<SharesView>) => void;
  onSelect: (seriesId: string, year: number, years?: { from: number; to: number }) => void;
  /** A row's deals over the whole period (a bar, a share of the period summary), with its share. */
  onSelectPeriod: (seriesId: string, share: number) => void;
}

function SharesResult({ series, countries, from, to, view, title, source, allocation, rowNoun, rankedNoun, whole, scope, fileStem, events, noEvents, onUpdate, onSelect, onSelectPeriod }: ResultProps) {
  const figure = useRef<HTMLElement>(null);
  // On a phone the legend follows the plot, so that the whole plot is on the first screen (in the reading and Tab
  // order too, not only on screen).
  const narrow = useMediaQuery(NARROW_SCREEN);
  const { window } = view;
  // The URL gives new arrays on every change; their contents decide whether the chart's data changes.
  const pinnedKey = view.pinned.join(',');
  const hiddenKey = view.hidden.join(',');
  const hidden = useMemo(() => (hiddenKey ? hiddenKey.split(',') : []), [hiddenKey]);
  const { top, measure } = view;
  const { shares, tiv, drawn, totals, otherCount } = useMemo(
    () => sharesChart(series, { window, top, measure, pinned: pinnedKey ? pinnedKey.split(',') : [] }, from, to),
    [series, from, to, window, top, measure, pinnedKey],
  );
  const marks = useMemo(() => eventMarks(events), [events]);
  const period = formatYears(shares.from, shares.to);
  const { lens } = view;
  const bars = view.measure === 'bars';
  const hiddenSeries = useMemo(() => tiv.series.filter((s) => hidden.includes(s.id)), [tiv.series, hidden]);
  const { counted, unitLabel, ofEach, measured, subtitle, notes, hiddenNote } = sharesFigureText(view, shares, hiddenSeries, allocation, source);
  const shareOf = (id: string) => shares.rows.find((row) => row.id === id)?.share ?? 0;

  if (shares.total === 0) {
    return (
      <p className="empty">
        {noMatchSentence(lens, scope, period)} Try other years, {view.country ? 'another country ' : ''}or other weapons.
      </p>
    );
  }

  const toggle = (id: string) =>
    onUpdate({ hidden: view.hidden.includes(id) ? view.hidden.filter((h) => h !== id) : [...view.hidden, id] });
  const legend = <SeriesLegend series={tiv.series} hidden={view.hidden} onToggle={toggle} />;

  return (
    <>
      <PeriodSummary shares={shares} whole={whole} onSelect={(id) => onSelectPeriod(id, shares.rows.find((row) => row.id === id)?.share ?? 0)} />
      <div className="view-bar">
        <ShowAsTabs idPrefix="shares-" tabs={SHARES_TABS} selected={view.tab} onSelect={(tab) => onUpdate({ tab })} />
        {/* The chart and the map can be embedded; the table's numbers are in its CSV. */}
        {view.tab !== 'table' && <ShareButton path="/shares" search={sharesViewSearch(view)} title={title} />}
      </div>
      {view.tab === 'chart' ? (
        <div {...showAsPanelProps('shares-', 'chart')}>
          <figure className="chart-figure" ref={figure}>
            {bars ? (
              <RankedBars
                series={tiv.series}
                otherCount={otherCount}
                rowNoun={`${rankedNoun}s`}
                title={`${title} (${subtitle})`}
                onSelect={(id) => onSelectPeriod(id, shareOf(id))}
              />
            ) : (
              <>
                {!narrow && legend}
                <SharesChart
                  tiv={tiv}
                  drawn={drawn}
                  totals={totals}
                  measure={view.measure}
                  window={view.window}
                  firstYear={series.from}
                  hidden={hidden}
                  unitLabel={unitLabel}
                  title={`${title} (${subtitle})`}
                  counted={counted}
                  marks={marks}
                  onSelect={onSelect}
                />
                {narrow && legend}
              </>
            )}
            <figcaption>
              {measured}. {bars && 'Click a bar for its deals; the stacked shares draw the same rows year by year. '}
              {hiddenNote && `${hiddenNote} `}
              {notes}
            </figcaption>
            {!bars && <EventList events={events} none={noEvents} />}
          </figure>
        </div>
      ) : view.tab === 'map' ? (
        <div {...showAsPanelProps('shares-', 'map')}>
          <LazySharesMap {...{ series, from, to, view, countries, title, notes, source, rowNoun, fileStem, onSelect }} />
        </div>
      ) : (
        <div {...showAsPanelProps('shares-', 'table')}>
          <SkipToDownloads />
          <SharesTable
            tiv={tiv}
            totals={totals}
            period={{ from: shares.from, to: shares.to, total: shares.total }}
            caption={`${title}: SIPRI TIV (millions)${view.window === 5 ? ', rolling five-year sums' : ''}, with the share of ${ofEach}, and the period’s in the last row${counted ? `; ${counted}` : ''}`}
            onSelect={onSelect}
          />
        </div>
      )}
      {/* The map has its own: its CSV is the map's values, its picture the map. */}
      {view.tab !== 'map' && (
        <DownloadButtons
          fileStem={fileStem}
          csv={() =>
            bars && view.tab === 'chart'
              ? rankingCsv({ tiv, otherCount, total: shares.total, from: shares.from, to: shares.to, rowNoun: rankedNoun, counted: weaponsCounted(lens), source })
              : sharesCsv({ tiv, totals, hidden: view.hidden, window: view.window, rowNoun: `${rowNoun}s`, counted: weaponsCounted(lens), source, allocation })
          }
          chart={
            view.tab === 'chart'
              ? {
                  figure,
                  image: {
                    title,
                    subtitle,
                    source: notes,
                    // The bars name their rows; a stack needs its legend.
                    legend: bars ? [] : imageLegend(tiv.series, view.hidden),
                    // What the page says beside the chart: the series hidden (the CSV has them in a column of their own)
                    // and the events' list that keys the marks.
                    notes: [...(hiddenNote ? [hiddenNote] : []), ...(bars ? [] : eventListNotes(events))],
                  },
                }
              : undefined
          }
        />
      )}
    </>
  );
}

/** The series drawn, for the legend of a downloaded picture. */
function imageLegend(series: readonly StackedSeries[], hidden: readonly string[]) {
  return series.filter((s) => !hidden.includes(s.id)).map((s) => ({ label: s.name, color: s.color, hatched: s.id === 'other' }));
}
