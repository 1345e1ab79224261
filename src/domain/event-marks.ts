import type { StorySource, TimelineEvent } from '../api/contract.ts';

export interface EventMark {
  year: number;
  /** 1-based numbers of the events in that year, as the list under the chart numbers them. */
  numbers: number[];
}

/** The events of the years a chart shows: fetched once for all years, so moving the years asks nothing. */
export function eventsWithin(events: readonly TimelineEvent[], from: number, to: number): TimelineEvent[] {
  return events.filter((event) => {
    const year = Number(event.date.slice(0, 4));
    return year >= from && year <= to;
  });
}

/**
 * The events that involve both countries of at least one of the pairs: Russia–Pakistan news is not Russia–India's.
 * `fold` maps an id to the one it is shown as (the Soviet Union as Russia, when they are drawn together).
 */
export function eventsOfPairs(
  events: readonly TimelineEvent[],
  pairs: ReadonlyArray<{ supplier: string; recipient: string }>,
  fold: (id: string) => string = (id) => id,
): TimelineEvent[] {
  return events.filter((event) => {
    const involved = new Set(event.countries.map(fold));
    return pairs.some((pair) => involved.has(fold(pair.supplier)) && involved.has(fold(pair.recipient)));
  });
}

/** Events numbered in date order and grouped by year: one marker per year on a yearly chart. */
export function eventMarks(events: readonly TimelineEvent[]): EventMark[] {
  const byYear = new Map<number, number[]>();
  events.forEach((event, i) => {
    const year = Number(event.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), i + 1]);
  });
  return [...byYear.entries()].map(([year, numbers]) => ({ year, numbers })).sort((a, b) => a.year - b.year);
}

/** The height of a row of marker labels, in pixels. */
export const EVENT_LABEL_ROW = 14;

/** How every chart draws a marker: its dashed line, and its label `gap` px above the line's top. */
export const EVENT_LINE = { stroke: '#444', strokeDasharray: '2 3' } as const;
export const EVENT_LABEL = { fill: '#222', fontSize: 12, gap: 6 } as const;

/** Width of a digit or comma of a marker's label at 12 px, and the space kept between two labels. */
const LABEL_CHAR_WIDTH = 7;
const LABEL_GAP = 6;

/**
 * The row (0 = nearest the chart) for each marker's label, so that labels of nearby years do not print over
 * each other: each goes in the lowest row where it clears the label before it. `xOf` gives a year's x in
 * pixels; marks are in year order.
 */
export function labelRows(marks: readonly EventMark[], xOf: (year: number) => number): number[] {
  const rightEdges: number[] = []; // per row, where its last label ends
  return marks.map((mark) => {
    const half = (mark.numbers.join(',').length * LABEL_CHAR_WIDTH) / 2;
    const left = xOf(mark.year) - half;
    let row = rightEdges.findIndex((edge) => edge + LABEL_GAP <= left);
    if (row === -1) row = rightEdges.length;
    rightEdges[row] = left + 2 * half;
    return row;
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 2014", "1 December 2016", "2012". */
export function formatEventDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
}

/**
 * The events' list as the page shows it under a chart, numbered as its marks, for a downloaded picture (which has no
 * list beside it): a heading, then one paragraph per event. Nothing when there are none.
 */
export function eventListNotes(events: readonly TimelineEvent[]): string[] {
  if (!events.length) return [];
  return [
    'Events on this timeline (numbered as on the chart):',
    ...events.map((event, i) => `${i + 1}. ${formatEventDate(event.date)}: ${event.text} (${citeSource(event.source)})`),
  ];
}

/** "The Diplomat, “Pakistan Courts Both US and Russia on Defense”, November 2014"; the outlet only where known. */
export function citeSource({ outlet, title, date }: StorySource): string {
  return `${outlet ? `${outlet}, ` : ''}“${title}”, ${formatEventDate(date)}`;
}
