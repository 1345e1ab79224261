import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CountrySummary, Meta } from '../../api/contract.ts';
import { useEvents } from '../../api/get-events.ts';
import { useTransfers } from '../../api/get-transfers.ts';
import { DealsBehind, type Selection } from '../../components/deals-behind.tsx';
import { yearsOfValue } from '../../domain/share-years.ts';
import { DownloadButtons, SkipToDownloads } from '../../components/download-buttons.tsx';
import { EventList } from '../../components/event-list.tsx';
import { QueryStatus } from '../../components/query-status.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { eventListNotes, eventMarks, eventsOfPairs, eventsWithin } from '../../domain/event-marks.ts';
import { formatYears } from '../../domain/format.ts';
import { listed, UNITS_NEED_A_LENS, unitsMakeSense, weaponsCounted, withLensLabel, type WeaponLens } from '../../domain/weapon-lens.ts';
import { useStableCallback } from '../../lib/use-stable-callback.ts';
import { WeaponLensControls, type LensScope } from '../lens/weapon-lens-controls.tsx';
import { nothingToDraw, pairChartData } from './pair-chart-data.ts';
import { PairLegend } from './pair-legend.tsx';
import { PairPicker } from './pair-picker.tsx';
import { PAIR_COLORS, PairsChart } from './pairs-chart.tsx';
import { pairsCsv } from './pairs-csv.ts';
import { PairsTable } from './pairs-table.tsx';
import { changedPairsView, pairsViewContext, pairsViewSearch, parsePairsView, pairsEventCountries, shownAs, transfersFilters, type PairsView } from './pairs-view.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { SettingsPanel } from '../../components/settings-panel.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../../lib/use-media-query.ts';
import { ShareButton } from '../../components/share-button.tsx';
import { pairsDescription, pairsFigureText, pairsNoEvents, pairsSettingsSummary, pairsTitle } from './pairs-text.ts';
import { useYearsAhead } from '../../lib/use-ahead-of-url.ts';
import { ShowAsTabs, showAsPanelProps } from '../../components/show-as-tabs.tsx';

interface Props {
  meta: Meta;
  countries: readonly CountrySummary[];
}

/** /pairs: up to four supplier → recipient pairs on shared axes, deliveries beside orders, with events. */
export function PairsExplorer({ meta, countries }: Props) {
  const [searchParams, setSearchParams] = useSearchParams();
  const context = useMemo(() => pairsViewContext(meta, countries), [countries, meta]);
  const { view: urlView, notices } = useMemo(() => parsePairsView(searchParams, context), [searchParams, context]);
  // The year slider's steps are drawn ahead of the URL, which follows once they rest.
  const { view, moveYears } = useYearsAhead(urlView, meta, pairsViewSearch);
  const [selection, setSelection] = useState<Selection | null>(null);
  const figure = useRef<HTMLElement>(null);
  const update = (patch: Partial<PairsView>) => {
    setSelection(null);
    setSearchParams(pairsViewSearch(changedPairsView(view, patch)));
  };
  const measureIds = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const nameOf = useMemo(() => countryNamer(countries, view.mergeSoviet), [countries, view.mergeSoviet]);
  const filters = transfersFilters(view);
  const query = useTransfers(filters);
  // With the Soviet Union drawn as Russia, its events count as Russia's.
  const eventCountries = pairsEventCountries(view);
  const events = useEvents({ countries: eventCountries, from: null, to: null }, view.events);

  const from = view.from ?? meta.firstYear;
  const to = view.to ?? meta.lastYear;
  // Asked for by country (the API's filter); kept when they concern one of the pairs.
  const pairEvents = view.events ? eventsOfPairs(events.data?.events ?? [], view.pairs, shownAs(view)) : [];
  const shownEvents = eventsWithin(pairEvents, from, to);
  // A switch that does nothing must say why: these pairs have no events, or none in these years.
  const noEvents = pairsNoEvents(view, formatYears(from, to), events.data && pairEvents, shownEvents);
  const { measure } = view;
  // The URL gives a new lens at every change (a slider step too); its contents decide whether the lens controls render.
  const lensKey = JSON.stringify(view.lens);
  const lens = useMemo(() => JSON.parse(lensKey) as WeaponLens, [lensKey]);
  const title = pairsTitle(view, formatYears(from, to));
  usePageTitle(title, pairsDescription(view, nameOf, formatYears(from, to), meta.source.release));
  const source = `${meta.source.citation} ${meta.source.release} release.`;
  const { counted, units, unitLabel, measured, subtitle, notes, ordersNote } = pairsFigureText(view, { from, to }, meta.allocation, source);
  const expand = useCallback((id: string) => (id === 'RUS' && view.mergeSoviet ? ['RUS', 'SUN'] : [id]), [view.mergeSoviet]);
  // The pairs' countries, whose deals the weapon search counts: every supplier with every recipient, as /deals takes them.
  const scopeKey = JSON.stringify([filters.suppliers, filters.recipients]);
  const scope: LensScope = useMemo(() => {
    const [suppliers, recipients] = JSON.parse(scopeKey) as [string[], string[]];
    return {
      suppliers: suppliers.flatMap(expand),
      recipients: recipients.flatMap(expand),
      phrase: `from ${listed(suppliers.map(nameOf), 'or')} to ${listed(recipients.map(nameOf), 'or')}`,
    };
  }, [scopeKey, expand, nameOf]);
  const changeLens = useStableCallback((next: WeaponLens) => update({ lens: next }));

  const select = (pairKey: string, year: number) => {
    const [supplier, recipient] = pairKey.split(':') as [string, string];
    const years = yearsOfValue(year, view.window, meta.firstYear);
    const title = withLensLabel(`${nameOf(supplier)} → ${nameOf(recipient)}, ${formatYears(years.from, years.to)}`, lens);
    setSelection({ title, suppliers: expand(supplier), recipients: expand(recipient), mergeSoviet: view.mergeSoviet, ...years, lens });
  };

  // On a wide screen the settings are a column beside the view (styles.css, .explorer); the reading and Tab order
  // stays title, settings, years, chart, as on a phone.
  return (
    <div className="explorer">
      <h1>{title}</h1>
      <UrlNotice notices={notices} cleanSearch={pairsViewSearch(view)} />
      <SettingsPanel label="Settings" summary={pairsSettingsSummary(view, from, to)}>
        <PairPicker pairs={view.pairs} countries={countries} onChange={(pairs) => update({ pairs })} />
        <WeaponLensControls lens={lens} categories={meta.categories} scope={scope} onChange={changeLens} />
        <div className="controls">
          <fieldset>
            <legend>Draw</legend>
            <label>
              <input type="radio" name="measure" checked={!units} onChange={() => update({ measure: 'tiv' })} />
              TIV (millions)
            </label>
            <label>
              <input
                type="radio"
                name="measure"
                checked={units}
                disabled={!unitsMakeSense(lens)}
                aria-describedby={unitsMakeSense(lens) ? undefined : `${measureIds}-why`}
                onChange={() => update({ measure: 'units' })}
              />
              Units (number of weapons)
            </label>
            {!unitsMakeSense(lens) && (
              <span id={`${measureIds}-why`} className="muted measure-why">
                {UNITS_NEED_A_LENS}
              </span>
            )}
          </fieldset>
          <fieldset>
            <legend>Values</legend>
            <label>
              <input type="radio" name="window" checked={view.window === 1} onChange={() => update({ window: 1 })} />
              Yearly
            </label>
            <label>
              <input type="radio" name="window" checked={view.window === 5} onChange={() => update({ window: 5 })} />
              Rolling five-year sums (each year with the four before it)
            </label>
          </fieldset>
          <div className="controls__row">
            <label>
              <input type="checkbox" checked={view.orders} onChange={(e) => update({ orders: e.target.checked })} />
              Show orders (by year of order)
            </label>
            <label>
              <input type="checkbox" checked={view.mergeSoviet} onChange={(e) => update({ mergeSoviet: e.target.checked })} />
              Soviet Union with Russia
            </label>
            <label>
              <input type="checkbox" checked={view.events} onChange={(e) => update({ events: e.target.checked })} />
              Show events
            </label>
          </div>
        </div>
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
        <QueryStatus query={query} label="the pairs">
          {(transfers) => {
            const data = pairChartData(transfers, view.pairs, nameOf, view.mergeSoviet);
            const fileStem = ['pairs', ...data.series.map((s) => s.label), counted ?? '', units ? 'units' : '', formatYears(from, to), view.window === 5 ? 'rolling five-year sums' : '', `SIPRI ${meta.source.release}`];
            const legend = <PairLegend data={data} units={units} orders={view.orders} />;
            const empty = nothingToDraw(data, { measure, orders: view.orders, lens, years: formatYears(from, to) });
            if (empty) {
              return (
                <>
                  {legend}
                  <p className="empty">{empty}</p>
                </>
              );
            }
            // On a phone the chart's key follows its plot, so that the whole plot is on the first screen.
            const legendBelow = narrow && view.tab === 'chart';
            return (
              <>
                {!legendBelow && legend}
                <div className="view-bar">
                  <ShowAsTabs idPrefix="pairs-" selected={view.tab} onSelect={(tab) => update({ tab })} />
                  {view.tab === 'chart' && <ShareButton path="/pairs" search={pairsViewSearch(view)} title={title} />}
                </div>
                {view.tab === 'chart' ? (
                  // The tabpanel is a div around the figure: a <figure> may not take role="tabpanel".
                  <div {...showAsPanelProps('pairs-', 'chart')}>
                    <figure className="chart-figure" ref={figure}>
                      <PairsChart
                        data={data}
                        orders={view.orders}
                        measure={measure}
                        unitLabel={unitLabel}
                        counted={counted}
                        marks={eventMarks(shownEvents)}
                        onSelect={select}
                        title={`${title}: ${subtitle}`}
                      />
                      {legendBelow && legend}
                      <figcaption>
                        {measured(' (dashed)')}. {ordersNote} {notes}
                      </figcaption>
                      <EventList events={shownEvents} none={noEvents} />
                    </figure>
                  </div>
                ) : (
                  <div {...showAsPanelProps('pairs-', 'table')}>
                    <SkipToDownloads />
                    <PairsTable
                      data={data}
                      measure={measure}
                      orders={view.orders}
                      caption={`${title}: ${measured('')}${units ? ', with SIPRI TIV (millions) beside them' : ''}`}
                      onSelect={select}
                    />
                  </div>
                )}
                <DownloadButtons
                  fileStem={fileStem}
                  csv={() => pairsCsv(data, { window: view.window, measure, orders: view.orders, counted: weaponsCounted(lens), source, allocation: meta.allocation })}
                  chart={
                    view.tab === 'chart'
                      ? {
                          figure,
                          image: {
                            // A picture pasted elsewhere names its pairs and keys its event marks, as the page does.
                            title: `${title}: ${data.series.map((s) => s.label).join('; ')}`,
                            subtitle,
                            source: notes,
                            legend: data.series.map((s, i) => ({ label: s.label, color: PAIR_COLORS[i]! })),
                            notes: eventListNotes(shownEvents),
                          },
                        }
                      : undefined
                  }
                />
              </>
            );
          }}
        </QueryStatus>
        {selection && <DealsBehind selection={selection} onClose={() => setSelection(null)} />}
      </div>
    </div>
  );
}
