import { bisectRight } from 'd3-array';
import { schemeBlues } from 'd3-scale-chromatic';
import { formatTiv } from '../../../domain/format.ts';

/**
 * The map's binned colour scale. Arms flows are heavily skewed (one recipient can take half of a supplier's
 * exports, dozens take a fraction of a per cent), so the classes grow in 1–2–5 steps, as a log axis's ticks do,
 * and end at the largest such number not above the largest value: the largest value is always in the darkest
 * class, and each class edge is a round number a reader can quote.
 */

export const CLASS_COUNT = 7;
const STEPS = [1, 2, 5] as const;

/** ColorBrewer's Blues, without its two lightest shades (too close to the grey of "no deliveries"). */
export const CLASS_COLORS: readonly string[] = schemeBlues[9]!.slice(9 - CLASS_COUNT);
export const NO_DATA_COLOR = '#e6e6e6';
export const SUBJECT_COLOR = '#e65100';

/** m × 10^e without the float noise of 0.1 × 2 (0.2, not 0.20000000000000004). */
function niceNumber(step: number, exponent: number): number {
  return exponent >= 0 ? step * 10 ** exponent : step / 10 ** -exponent;
}

/**
 * The CLASS_COUNT − 1 class edges, ascending: the largest 1–2–5 number not above the largest value, and the ones
 * below it. No edges when nothing is above 0.
 */
export function classBreaks(values: readonly number[]): number[] {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max <= 0) return [];
  let exponent = Math.floor(Math.log10(max));
  let step = STEPS.length - 1;
  // The largest 1–2–5 number ≤ max (log10 can be off by one ulp at exact powers of ten).
  while (niceNumber(STEPS[step]!, exponent) > max) {
    step -= 1;
    if (step < 0) [step, exponent] = [STEPS.length - 1, exponent - 1];
  }
  const breaks: number[] = [];
  while (breaks.length < CLASS_COUNT - 1) {
    breaks.unshift(niceNumber(STEPS[step]!, exponent));
    step -= 1;
    if (step < 0) [step, exponent] = [STEPS.length - 1, exponent - 1];
  }
  return breaks;
}

/** The class of a value: 0 below the first edge, breaks.length from the last edge up (an edge opens its class). */
export function classOf(value: number, breaks: readonly number[]): number {
  return bisectRight(breaks, value);
}

const shareFormat = new Intl.NumberFormat('en', { style: 'percent', maximumSignificantDigits: 2 });

/** A share as the map says it: two significant figures, so 0.68% is not "1%" nor "0%". */
export function formatMapShare(share: number): string {
  return shareFormat.format(share);
}

export type MapMeasure = 'share' | 'tiv';

export function formatMapValue(value: number, measure: MapMeasure): string {
  return measure === 'share' ? formatMapShare(value) : formatTiv(value);
}

export interface LegendClass {
  label: string;
  color: string;
}

/**
 * One legend entry per class, lightest first: "under 0.5%", "0.5–1%", …, "20% or more" (the legend's heading names
 * the unit).
 */
export function legendClasses(breaks: readonly number[], measure: MapMeasure): LegendClass[] {
  if (!breaks.length) return [];
  const format = (value: number) => formatMapValue(value, measure);
  // "0.5–1%", not "0.5%–1%".
  const lower = (value: number) => format(value).replace(/%$/, '');
  return [
    { label: `under ${format(breaks[0]!)}`, color: CLASS_COLORS[0]! },
    ...breaks.slice(1).map((edge, i) => ({ label: `${lower(breaks[i]!)}–${format(edge)}`, color: CLASS_COLORS[i + 1]! })),
    { label: `${format(breaks.at(-1)!)} or more`, color: CLASS_COLORS[breaks.length]! },
  ];
}
