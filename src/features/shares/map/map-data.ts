import type { SharesGroup, SharesResponse } from '../../../api/contract.ts';
import type { CsvCell } from '../../../domain/csv.ts';
import { formatTiv, formatYears } from '../../../domain/format.ts';
import { sharesOverYears, yearsOfValue } from '../../../domain/share-years.ts';
import type { MapRow, NotDrawnReason } from './map-geography.ts';
import { NOT_DRAWN_REASONS } from './map-geography.ts';
import { formatMapShare, type MapMeasure } from './map-scale.ts';

/**
 * What the map shows, from the explorer's yearly answer: one value per country over the years of the view. Pure,
 * like the chart's data; the map component only draws it.
 */

export interface MapSpan {
  from: number;
  to: number;
}

/**
 * The years the map sums: the slider's years; with rolling five-year sums, the five years ending in the end year
 * (the chart's last point), so that Play moves a five-year window over the map.
 */
export function mapSpan(from: number, to: number, window: 1 | 5, firstYear: number): MapSpan {
  return window === 5 ? yearsOfValue(to, window, firstYear) : { from, to };
}

/** Each country's TIV over the span and its share of the span's total, largest first; none with 0. */
export function mapRows(series: SharesResponse, span: MapSpan): MapRow[] {
  return sharesOverYears(series, span.from, span.to, 1).rows.filter((row) => row.tiv > 0);
}

export function valueOf(row: MapRow, measure: MapMeasure): number {
  return measure === 'share' ? row.share : row.tiv;
}

/** "India 5,145 (49%)". */
export function describeValue(row: MapRow): string {
  return `${row.name} ${formatTiv(row.tiv)} (${formatMapShare(row.share)})`;
}

/** The caption's sentence: what the map says, for readers who cannot see it. */
export function largestValues(rows: readonly MapRow[], span: MapSpan, count = 5): string {
  if (!rows.length) return `No deliveries are recorded in ${formatYears(span.from, span.to)}.`;
  const top = [...rows].sort((a, b) => b.tiv - a.tiv).slice(0, count);
  const which = rows.length > count ? `The ${count} largest` : rows.length === 1 ? 'The only value' : `All ${rows.length} values`;
  return `${which}, in SIPRI TIV (millions) for ${formatYears(span.from, span.to)} with the share of the total: ${top.map(describeValue).join(', ')}.`;
}

export interface MapCsvInput {
  rows: readonly MapRow[];
  span: MapSpan;
  /** "recipient" or "supplier": what the rows are. */
  rowNoun: string;
  /** The values listed beside the map, by id, with why. */
  notDrawn: ReadonlyMap<string, NotDrawnReason>;
  source: string;
}

/** Exactly the map as a table: one row per country, its TIV and share over the span, and whether it is drawn. */
export function mapCsv({ rows, span, rowNoun, notDrawn, source }: MapCsvInput): { header: string[]; rows: CsvCell[][] } {
  const years = formatYears(span.from, span.to);
  return {
    header: [`${rowNoun[0]!.toUpperCase()}${rowNoun.slice(1)}`, 'Id', `SIPRI TIV (millions), ${years}`, `Share of total, ${years} (%)`, 'On the map', 'Source'],
    rows: rows.map((row) => {
      const reason = notDrawn.get(row.id);
      return [row.name, row.id, row.tiv, Number((row.share * 100).toFixed(4)), reason ? `no: ${NOT_DRAWN_REASONS[reason]}` : 'yes', source];
    }),
  };
}

/** Said first under a map by region or subregion: a country's colour is not its own value. */
export function groupedMapSentence(group: SharesGroup): string {
  return `Each country is coloured by its ${group}’s total, not by its own.`;
}
