import { geoEqualEarth, geoPath } from 'd3-geo';
import { memo, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import type { CountrySummary, SharesResponse } from '../../../api/contract.ts';
import { DownloadButtons } from '../../../components/download-buttons.tsx';
import { countryNamer } from '../../../domain/country-names.ts';
import { formatTiv, formatYears } from '../../../domain/format.ts';
import { useElementWidth } from '../../../lib/use-element-width.ts';
import { darkColorStyle, swatchStyle } from '../../../domain/scheme-colors.ts';
import type { SharesView } from '../shares-view.ts';
import { describeValue, groupedMapSentence, largestValues, mapCsv, mapRows, mapSpan, valueOf, type MapSpan } from './map-data.ts';
import { NOT_DRAWN_REASONS, placeOnMap, placeRegions, shapesByCountry, type DrawnValue, type Placement } from './map-geography.ts';
import {
  CLASS_COLORS,
  classBreaks,
  classOf,
  formatMapShare,
  legendClasses,
  NO_DATA_COLOR,
  SUBJECT_COLOR,
  type MapMeasure,
} from './map-scale.ts';
import './shares-map.css';

/** Natural Earth's 1:110m boundaries (public domain), as world-atlas's TopoJSON; loaded with this module only. */
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const geometries = topology.objects.countries.geometries;
const shapes = feature(topology, topology.objects.countries).features;
const SHAPES_OF = shapesByCountry(geometries);
const ON_MAP: ReadonlySet<string> = new Set(SHAPES_OF.keys());
/** Natural Earth's names, for the shapes of territories the data does not name (Greenland, Puerto Rico). */
const SHAPE_NAMES = new Map([...SHAPES_OF].map(([country, [first]]) => [country, (geometries[first!]!.properties as { name?: string } | undefined)?.name ?? country]));
const DRAWN_AREA = { type: 'FeatureCollection' as const, features: [...SHAPES_OF.values()].flat().map((i) => shapes[i]!) };
const BOUNDARIES = 'Boundaries: Natural Earth 1:110m (public domain), via world-atlas.';

const FALLBACK_WIDTH = 720;
const BORDER = { stroke: '#fff', strokeWidth: 0.5 };
const ROLES = { recipient: 'the recipient', supplier: 'the supplier' } as const;

export interface SharesMapProps {
  /** The explorer's answer for every year; the map cuts its years from it. */
  series: SharesResponse;
  from: number;
  to: number;
  view: SharesView;
  countries: readonly CountrySummary[];
  title: string;
  /** What TIV is, the Soviet Union's treatment, the source and release: under the map and in its picture. */
  notes: string;
  /** The citation and release, on every row of the CSV. */
  source: string;
  /** "supplier", "recipient", "region" or "subregion": what the values are. */
  rowNoun: string;
  /** The downloads' file name; without it (an embed) the map has no downloads. */
  fileStem?: readonly string[];
  /** The deals behind a value: the country's id and the years the map sums; without it (an embed) no deals open. */
  onSelect?: (id: string, year: number, years: MapSpan) => void;
}

type Via = 'pointer' | 'tap' | 'keys';
interface Active {
  /** A value's id, or a country's id where it has no value. */
  id: string;
  via: Via;
  /** Where the pointer is, in the frame's pixels. */
  at?: { x: number; y: number };
  /** The country pointed at or tapped, where the value is a region's. */
  country?: string;
}

/**
 * The Map tab: every value of the view on a world map in Equal Earth, coloured by class, with the country looked at
 * hatched; the values that cannot be drawn listed beside it. A ranking by region colours each country by its region's
 * value. Hover, tap or the arrow keys (largest value first) read a value; a click, a second tap or Enter lists the
 * deals behind it.
 */
export default memo(function SharesMap({ series, from, to, view, countries, title, notes, source, rowNoun, fileStem, onSelect }: SharesMapProps) {
  const figure = useRef<HTMLElement>(null);
  const [frame, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth || FALLBACK_WIDTH;
  const [active, setActive] = useState<Active | null>(null);
  const press = useRef<{ id: string; confirms: boolean } | null>(null);

  const measure: MapMeasure = view.measure === 'share' ? 'share' : 'tiv';
  const span = mapSpan(from, to, view.window, series.from);
  const years = formatYears(span.from, span.to);
  // By region, Russia is a country of Europe, whatever the explorer's Soviet switch.
  const nameOf = useMemo(() => countryNamer(countries, view.mergeSoviet && !view.group), [countries, view.mergeSoviet, view.group]);
  const kindOf = useMemo(() => {
    const kinds = new Map(countries.map((c) => [c.id, c.kind]));
    return (id: string) => kinds.get(id);
  }, [countries]);
  const rows = useMemo(() => mapRows(series, { from: span.from, to: span.to }), [series, span.from, span.to]);
  const { group } = view;
  const placement: Placement = useMemo(
    () => (group ? placeRegions(rows, countries, group, ON_MAP) : placeOnMap(rows, { onMap: ON_MAP, kindOf, subject: view.country })),
    [rows, countries, group, kindOf, view.country],
  );
  const breaks = useMemo(() => classBreaks(placement.drawn.map((d) => valueOf(d.row, measure))), [placement, measure]);
  const geography = useGeography(width, [...placement.drawn.map((d) => d.countries), placement.subject]);

  const byValue = new Map(placement.drawn.map((d) => [d.row.id, d]));
  const valueOfCountry = new Map(placement.drawn.flatMap((d) => d.countries.map((country) => [country, d] as const)));
  const subjectArea = new Set(placement.subject);
  const colorOf = (d: DrawnValue) => CLASS_COLORS[classOf(valueOf(d.row, measure), breaks)]!;
  const role = view.country ? ROLES[view.perspective as keyof typeof ROLES] : undefined;
  const subjectName = view.country ? nameOf(view.country) : null;
  const legend = legendClasses(breaks, measure);
  const legendTitle = `${measure === 'share' ? `Share of ${totalOf(view, nameOf)}` : 'SIPRI TIV (millions)'}${group ? ` by ${group}` : ''}, ${years}${
    view.window === 5 ? ` (the rolling five-year sum to ${span.to})` : ''
  }${group ? `; each country in its ${group}’s colour` : ''}`;
  const caption = [group && groupedMapSentence(group), largestValues(rows, span)].filter(Boolean).join(' ');
  const notDrawnText = placement.notDrawn.map(({ row, reason }) => `${describeValue(row)}, ${NOT_DRAWN_REASONS[reason]}`).join('; ');
  const pictureNotes = [notes, placement.notDrawn.length ? `Not on the map: ${notDrawnText}.` : '', BOUNDARIES].filter(Boolean).join(' ');
  const pictureLegend = [
    ...legend.map(({ label, color }) => ({ label, color })),
    { label: 'No deliveries', color: NO_DATA_COLOR },
    ...(subjectName && placement.subject.length ? [{ label: `${subjectName} (${role})`, color: SUBJECT_COLOR, hatched: true }] : []),
  ];

  // Keyboard order: the values on the map, largest first (rows come sorted by TIV).
  const order = placement.drawn.map((d) => d.row.id);
  const idAt = (event: { target: EventTarget }) => (event.target instanceof Element ? event.target.getAttribute('data-id') : null);
  // By region, which of the region's countries it is.
  const countryAt = (event: { target: EventTarget }) =>
    group && event.target instanceof Element ? (event.target.getAttribute('data-country') ?? undefined) : undefined;
  const pointAt = (event: MouseEvent) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === 'touch') return; // a finger's move scrolls the page
    const id = idAt(event);
    setActive(id ? { id, via: 'pointer', at: pointAt(event), country: countryAt(event) } : null);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const id = idAt(event);
    if (event.pointerType === 'mouse' || !id) {
      press.current = null;
      return;
    }
    // A finger cannot hover: its first tap shows the value under the map, a second tap on it lists its deals.
    press.current = { id, confirms: active?.via === 'tap' && active.id === id };
    setActive({ id, via: 'tap', country: countryAt(event) });
  };
  const select = (id: string) => {
    if (byValue.has(id)) onSelect?.(id, span.to, span);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const id = idAt(event);
    if (!id) return;
    if (!press.current) select(id);
    else if (press.current.confirms) select(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return setActive(null);
    if ((event.key === 'Enter' || event.key === ' ') && active && byValue.has(active.id)) {
      event.preventDefault();
      return select(active.id);
    }
    const last = order.length - 1;
    const at = active ? order.indexOf(active.id) : -1;
    const next: Record<string, number> = {
      ArrowRight: at === -1 ? 0 : Math.min(last, at + 1),
      ArrowDown: at === -1 ? 0 : Math.min(last, at + 1),
      ArrowLeft: at === -1 ? last : Math.max(0, at - 1),
      ArrowUp: at === -1 ? last : Math.max(0, at - 1),
      Home: 0,
      End: last,
    };
    const to = next[event.key];
    if (to === undefined || last < 0) return;
    event.preventDefault();
    setActive({ id: order[to]!, via: 'keys' });
  };

  const activeValue = active ? byValue.get(active.id) : undefined;
  const shapeName = (id: string) => (kindOf(id) ? nameOf(id) : (SHAPE_NAMES.get(id) ?? id));
  const readout = active && (
    <Readout
      active={active}
      value={activeValue}
      name={activeValue?.row.name ?? shapeName(active.id)}
      within={group && active.country && activeValue ? `${shapeName(active.country)}’s ${group}` : undefined}
      subjectRole={active.id === view.country ? role : undefined}
      years={years}
      rank={activeValue ? `${order.indexOf(active.id) + 1} of ${order.length} on the map` : ''}
      deals={onSelect !== undefined}
    />
  );

  return (
    <div className="shares-map">
      <figure className="chart-figure shares-map__figure" ref={figure}>
        <MapLegend title={legendTitle} classes={legend} subject={subjectName && placement.subject.length ? `${subjectName} (${role})` : null} />
        <div className="shares-map__frame" ref={frame}>
          <div
            className="shares-map__plot"
            tabIndex={0}
            role="group"
            aria-label={`${title}: map. Use the arrow keys to go through the ${order.length} ${group ? `${group}s` : 'countries'} on the map from the largest value${onSelect ? '; Enter lists the deals behind one' : ''}.`}
            onKeyDown={onKeyDown}
            onBlur={() => setActive((current) => (current?.via === 'keys' ? null : current))}
          >
            <svg
              className="map-svg"
              width={width}
              height={geography.height}
              viewBox={`0 0 ${width} ${geography.height}`}
              role="img"
              aria-label={`${title}. ${caption}`}
              fontFamily="system-ui, sans-serif"
              onPointerMove={onPointerMove}
              onPointerDown={onPointerDown}
              onPointerLeave={(event) => event.pointerType === 'mouse' && setActive(null)}
              onClick={onClick}
            >
              <defs>
                <pattern id="map-subject" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect className="map-subject__ground" width={6} height={6} fill="#fff" />
                  <rect width={2.5} height={6} fill={SUBJECT_COLOR} style={darkColorStyle(SUBJECT_COLOR)} />
                </pattern>
              </defs>
              {[...geography.countryPaths].map(([country, d]) => {
                const value = valueOfCountry.get(country);
                if (value?.historical) return null; // drawn once, over all of its successors' area, below
                const isSubject = subjectArea.has(country);
                return (
                  <path
                    key={country}
                    d={d}
                    data-id={isSubject ? view.country! : (value?.row.id ?? country)}
                    data-country={country}
                    data-class={value && !isSubject ? classOf(valueOf(value.row, measure), breaks) : undefined}
                    fill={isSubject ? 'url(#map-subject)' : value ? colorOf(value) : NO_DATA_COLOR}
                    style={isSubject ? undefined : darkColorStyle(value ? colorOf(value) : NO_DATA_COLOR)}
                    {...(isSubject ? { stroke: SUBJECT_COLOR, strokeWidth: 1 } : BORDER)}
                    cursor={value && onSelect ? 'pointer' : undefined}
                  />
                );
              })}
              {placement.drawn
                .filter((d) => d.historical)
                .map((d) => (
                  <path
                    key={d.row.id}
                    d={geography.areaPath(d.countries)}
                    data-id={d.row.id}
                    data-country={d.row.id}
                    data-class={classOf(valueOf(d.row, measure), breaks)}
                    fill={colorOf(d)}
                    style={darkColorStyle(colorOf(d))}
                    {...BORDER}
                    cursor={onSelect ? 'pointer' : undefined}
                  />
                ))}
              {group &&
                // A region's edge, where its neighbour may have the same class.
                placement.drawn.map((d) => (
                  <path key={`edge-${d.row.id}`} d={geography.areaPath(d.countries)} fill="none" stroke="#fff" strokeWidth={1.75} pointerEvents="none" />
                ))}
              {active && (
                <path
                  d={geography.areaPath(activeValue?.countries ?? (active.id === view.country ? placement.subject : [active.id]))}
                  fill="none"
                  stroke="#111"
                  strokeWidth={1.5}
                  pointerEvents="none"
                />
              )}
            </svg>
            {active?.via === 'pointer' && active.at && (
              <div className="map-readout map-readout--float" aria-hidden="true" style={floatAt(active.at, width)}>
                {readout}
              </div>
            )}
          </div>
          {/* Under the map: what a tap or the arrow keys reached; a live region, heard as one sentence. */}
          <div className="map-readout map-readout--below" aria-live="polite" aria-atomic="true">
            {active && active.via !== 'pointer' ? readout : <p className="muted">{HINT}</p>}
          </div>
        </div>
        <figcaption>
          {caption} {notes} {BOUNDARIES}
        </figcaption>
      </figure>
      <NotOnTheMap entries={placement.notDrawn} years={years} onSelect={onSelect && ((id) => onSelect(id, span.to, span))} />
      {fileStem && (
        <DownloadButtons
          fileStem={[...fileStem, 'map']}
          csv={() => mapCsv({ rows, span, rowNoun, notDrawn: new Map(placement.notDrawn.map((n) => [n.row.id, n.reason])), source })}
          chart={{ figure, image: { title, subtitle: legendTitle, source: pictureNotes, legend: pictureLegend } }}
        />
      )}
    </div>
  );
});

const HINT = 'Point at a country, tap it, or focus the map and use the arrow keys, for its value.';

/** The total the shares are of: "the arms imports of India", "world arms exports". */
function totalOf(view: SharesView, nameOf: (id: string) => string): string {
  switch (view.perspective) {
    case 'recipient':
      return `the arms imports of ${nameOf(view.country ?? '')}`;
    case 'supplier':
      return `the arms exports of ${nameOf(view.country ?? '')}`;
    case 'importers':
      return 'world arms imports';
    case 'exporters':
      return 'world arms exports';
  }
}

/** Beside the pointer, on the side with more room. */
function floatAt({ x, y }: { x: number; y: number }, width: number) {
  return x < width / 2 ? { left: x + 16, top: y + 16 } : { right: width - x + 16, top: y + 16 };
}

/**
 * The projection and the countries' paths at one width, recomputed only when the width changes; and the merged
 * outlines of the areas drawn as one (a former state over its successors, the Soviet Union looked at).
 */
function useGeography(width: number, mergedAreas: readonly (readonly string[])[]) {
  const base = useMemo(() => {
    const projection = geoEqualEarth().fitWidth(width, DRAWN_AREA);
    const path = geoPath(projection);
    const height = Math.ceil(path.bounds(DRAWN_AREA)[1][1]) + 1;
    const countryPaths = new Map([...SHAPES_OF].map(([country, indices]) => [country, indices.map((i) => path(shapes[i]!) ?? '').join('')]));
    return { path, height, countryPaths };
  }, [width]);
  const areasKey = mergedAreas.filter((area) => area.length > 1).map((area) => area.join(',')).join(';');
  const merged = useMemo(() => {
    const areas = areasKey ? areasKey.split(';') : [];
    return new Map(
      areas.map((key) => {
        const parts = key.split(',').flatMap((country) => SHAPES_OF.get(country) ?? []).map((i) => geometries[i]!);
        return [key, base.path(merge(topology, parts as Parameters<typeof merge>[1])) ?? ''];
      }),
    );
  }, [base, areasKey]);
  const areaPath = (countries: readonly string[]) =>
    (countries.length === 1 ? base.countryPaths.get(countries[0]!) : merged.get(countries.join(','))) ?? '';
  return { ...base, areaPath };
}

interface ReadoutProps {
  active: Active;
  value: DrawnValue | undefined;
  name: string;
  /** Where the value is a region's: the country pointed at, "France’s region". */
  within: string | undefined;
  subjectRole: string | undefined;
  years: string;
  rank: string;
  /** Whether the value's deals can be opened (not in an embed). */
  deals: boolean;
}

const DEALS_HINT: Record<Via, string> = {
  pointer: 'Click for the deals behind it.',
  tap: 'Tap it again for the deals behind it.',
  keys: 'Enter lists the deals behind it.',
};

/** A country's value as one sentence: name, TIV, share and years; or why it has none. */
function Readout({ active, value, name, within, subjectRole, years, rank, deals }: ReadoutProps) {
  if (subjectRole) return <p className="map-readout__text"><strong>{name}</strong>: {subjectRole} looked at.</p>;
  if (!value) return <p className="map-readout__text"><strong>{name}</strong>: no deliveries in {years}.</p>;
  const { row, historical } = value;
  return (
    <p className="map-readout__text">
      <strong>{name}</strong>
      {within && ` (${within})`}: {formatTiv(row.tiv)} TIV (millions), {formatMapShare(row.share)} of the total, {years}.
      {historical && ' Drawn over the area of its successor states.'} {active.via === 'keys' && rank ? `${rank}. ` : ''}
      {deals && <span className="muted">{DEALS_HINT[active.via]}</span>}
    </p>
  );
}

function MapLegend({ title, classes, subject }: { title: string; classes: ReadonlyArray<{ label: string; color: string }>; subject: string | null }) {
  return (
    <div className="map-legend">
      <p className="map-legend__title" id="map-legend-title">
        {title}
      </p>
      <ul aria-labelledby="map-legend-title">
        {classes.map(({ label, color }) => (
          <li key={label}>
            <span aria-hidden="true" className="swatch" style={swatchStyle(color)} />
            {label}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="swatch swatch--no-data" style={swatchStyle(NO_DATA_COLOR)} />
          No deliveries
        </li>
        {subject && (
          <li>
            <span aria-hidden="true" className="swatch swatch--subject" style={swatchStyle(SUBJECT_COLOR)} />
            {subject}
          </li>
        )}
      </ul>
    </div>
  );
}

interface NotOnTheMapProps {
  entries: ReturnType<typeof placeOnMap>['notDrawn'];
  years: string;
  /** Lists a value's deals; without it (an embed) the names are text. */
  onSelect: ((id: string) => void) | undefined;
}

/** Every value the map cannot draw, with why and its value: nothing is lost silently. */
function NotOnTheMap({ entries, years, onSelect }: NotOnTheMapProps) {
  return (
    <section className="not-on-map" aria-labelledby="not-on-map-title">
      <h2 id="not-on-map-title">Not on the map</h2>
      {entries.length ? (
        <>
          <p className="muted">SIPRI TIV (millions), {years}, and the share of the total.{onSelect && ' Select one for its deals.'}</p>
          <ul>
            {entries.map(({ row, reason }) => (
              <li key={row.id}>
                {onSelect ? (
                  <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                    {row.name}
                  </button>
                ) : (
                  row.name
                )}{' '}
                {formatTiv(row.tiv)} ({formatMapShare(row.share)}) <span className="muted">– {NOT_DRAWN_REASONS[reason]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">Every value of {years} is on the map.</p>
      )}
    </section>
  );
}
