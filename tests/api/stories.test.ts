import { describe, expect, it } from 'vitest';
import { parseStories } from '../../core/dataset/load.ts';
import { miniStories } from '../fixtures/mini-dataset.ts';

const { events, claims } = miniStories();
const withClaim = (patch: object) => ({ ...claims, claims: [{ ...claims.claims[0]!, ...patch }] });
const shift = (later: { from: number; to: number } | null) => ({
  type: 'share-shift',
  recipient: 'PAK',
  falling: 'USA',
  partner: 'CHN',
  before: { from: 2003, to: 2007 },
  after: { from: 2008, to: 2012 },
  later,
});

describe('the claims file', () => {
  it('reads version 3: each claim with its date, judged on the years up to it, what came after apart', () => {
    expect(parseStories(events, withClaim({ date: '2012', rule: shift({ from: 2013, to: 2017 }) })).claims.claims[0]!.date).toBe('2012');
    expect(() => parseStories(events, { ...claims, version: 2 })).toThrow();
  });

  it('rejects a claim judged on years after it was made, and "later" years that are not later', () => {
    // The 2012 claim judged on 2013–2017 deliveries: the mistake this rule is there to stop.
    expect(() => parseStories(events, withClaim({ date: '2012', rule: { ...shift(null), after: { from: 2013, to: 2017 } } }))).toThrow(
      /judged on the years up to its date/,
    );
    expect(() => parseStories(events, withClaim({ date: '2012', rule: shift({ from: 2012, to: 2017 }) }))).toThrow(/come after the claim’s date/);
    expect(() => parseStories(events, withClaim({ date: '2014-11', rule: { ...claims.claims[0]!.rule, orderYear: 2015 } }))).toThrow();
    expect(() => parseStories(events, withClaim({ date: undefined }))).toThrow();
  });
});
