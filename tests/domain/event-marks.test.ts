import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/api/contract.ts';
import { citeSource, eventListNotes, eventMarks, eventsOfPairs, eventsWithin, formatEventDate, labelRows } from '../../src/domain/event-marks.ts';

const event = (id: string, date: string): TimelineEvent => ({ id, date, countries: ['RUS'], text: id, source: { outlet: null, title: 't', date } });
const events = [event('a', '2012'), event('b', '2014-11'), event('c', '2016-09'), event('d', '2016-12-14')];

describe('event marks', () => {
  it('numbers events in order and groups them by year', () => {
    expect(eventMarks(events)).toEqual([
      { year: 2012, numbers: [1] },
      { year: 2014, numbers: [2] },
      { year: 2016, numbers: [3, 4] },
    ]);
  });

  it('keeps the events of the years shown', () => {
    expect(eventsWithin(events, 2013, 2016).map((e) => e.id)).toEqual(['b', 'c', 'd']);
    expect(eventsWithin(events, 2017, 2025)).toEqual([]);
  });

  it('writes dates as precisely as they are known', () => {
    expect(formatEventDate('2012')).toBe('2012');
    expect(formatEventDate('2014-11')).toBe('November 2014');
    expect(formatEventDate('2016-12-01')).toBe('1 December 2016');
  });

  it('cites a report with its outlet only where known', () => {
    expect(citeSource({ outlet: 'The Diplomat', title: 'Pakistan Courts Both US and Russia on Defense', date: '2014-11' })).toBe(
      'The Diplomat, “Pakistan Courts Both US and Russia on Defense”, November 2014',
    );
    expect(citeSource({ outlet: null, title: 'A briefing', date: '2016-12-20' })).toBe('“A briefing”, 20 December 2016');
  });

  it('lists the events for a picture as the page does, numbered as the marks, with their sources', () => {
    expect(eventListNotes(events.slice(0, 2))).toEqual([
      'Events on this timeline (numbered as on the chart):',
      '1. 2012: a (“t”, 2012)',
      '2. November 2014: b (“t”, November 2014)',
    ]);
    expect(eventListNotes([])).toEqual([]);
  });
});

describe('labelRows', () => {
  const marks = [
    { year: 2012, numbers: [1] },
    { year: 2014, numbers: [2] },
    { year: 2015, numbers: [3] },
    { year: 2016, numbers: [4, 5, 6] },
    { year: 2024, numbers: [7] },
  ];

  it('lifts a label that would print over the one before it, and no other', () => {
    // 13 px a year, as on a wide screen: "3" in 2015 and "4,5,6" in 2016 would touch.
    expect(labelRows(marks, (year) => (year - 2000) * 13)).toEqual([0, 0, 0, 1, 0]);
  });

  it('stacks more rows where the years are close together, as on a phone', () => {
    const rows = labelRows(marks, (year) => (year - 2000) * 4);
    expect(rows.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(rows[4]).toBe(0);
  });
});

describe('eventsOfPairs', () => {
  const event = (id: string, countries: string[]): TimelineEvent => ({
    id,
    date: '2016',
    countries,
    text: id,
    source: { outlet: null, title: 'A report', date: '2016' },
  });
  const events = [event('rus-pak', ['RUS', 'PAK']), event('rus-pak-usa', ['RUS', 'PAK', 'USA']), event('usa-ind', ['USA', 'IND'])];

  it('keeps the events that involve both countries of a pair shown', () => {
    expect(eventsOfPairs(events, [{ supplier: 'RUS', recipient: 'IND' }]).map((e) => e.id)).toEqual([]);
    expect(eventsOfPairs(events, [{ supplier: 'RUS', recipient: 'PAK' }]).map((e) => e.id)).toEqual(['rus-pak', 'rus-pak-usa']);
    expect(eventsOfPairs(events, [{ supplier: 'USA', recipient: 'PAK' }, { supplier: 'USA', recipient: 'IND' }]).map((e) => e.id)).toEqual(['rus-pak-usa', 'usa-ind']);
  });

  it('counts the Soviet Union as Russia when they are drawn together', () => {
    const soviet = [event('sun-ind', ['SUN', 'IND']), event('rus-ind', ['RUS', 'IND'])];
    const fold = (id: string) => (id === 'SUN' ? 'RUS' : id);
    expect(eventsOfPairs(soviet, [{ supplier: 'RUS', recipient: 'IND' }], fold).map((e) => e.id)).toEqual(['sun-ind', 'rus-ind']);
    expect(eventsOfPairs(soviet, [{ supplier: 'SUN', recipient: 'IND' }], fold).map((e) => e.id)).toEqual(['sun-ind', 'rus-ind']);
    expect(eventsOfPairs(soviet, [{ supplier: 'RUS', recipient: 'IND' }]).map((e) => e.id)).toEqual(['rus-ind']);
  });
});
