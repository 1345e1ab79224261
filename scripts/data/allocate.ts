import type { EvenReason, YearSplit } from '../../src/api/contract.ts';
import { fitYears, remainingTarget } from './fit-years.ts';
import { BELOW_HALF } from './read-pair-tables.ts';

/** Allocated TIV is rounded to this many decimals: deterministic and compact output. */
const DECIMALS = 4;
const SCALE = 10 ** DECIMALS;

/**
 * How to spread one deal over its delivery years: a weight per year (any scale; `splitTiv` turns them into TIV,
 * and the same weights can split the units delivered), how they were found, and why evenly where the fit could not.
 */
export interface YearWeights {
  weights: number[];
  how: YearSplit;
  reason?: EvenReason;
}

const even = (deliveryYears: readonly number[], reason?: EvenReason): YearWeights => ({
  weights: deliveryYears.map(() => 1),
  how: 'even',
  ...(reason && { reason }),
});

/**
 * Weights for spreading a deal over its delivery years. With the same deal's units per year from
 * the per-year file (`units`), those units weigh the years the file lists; the register's other
 * delivery years (after 2024, before 1995, or revised) share the units the file does not account
 * for (`numberDelivered` minus the units it lists) evenly. When nothing is left for them, each gets
 * the average of the listed years, since SIPRI still reports a delivery in that year. Without
 * usable units every year weighs the same (`fitToPairTables` may then do better).
 */
export function yearWeights(deliveryYears: readonly number[], numberDelivered: number | null, units?: ReadonlyMap<number, number>): YearWeights {
  const covered = units ? deliveryYears.filter((y) => units.has(y)) : [];
  if (!units || covered.length === 0) return even(deliveryYears);
  const coveredUnits = covered.reduce((sum, y) => sum + units.get(y)!, 0);
  if (coveredUnits <= 0) return even(deliveryYears);
  const uncovered = deliveryYears.length - covered.length;
  const remaining = (numberDelivered ?? 0) - coveredUnits;
  const perUncovered = remaining > 0 ? remaining / uncovered : coveredUnits / covered.length;
  return { weights: deliveryYears.map((y) => units.get(y) ?? perUncovered), how: 'per-year file' };
}

/** What the fit needs of a deal: ids, not SIPRI names. */
export interface AllocationDeal {
  supplier: string;
  recipient: string;
  deliveryYears: readonly number[];
  tivDelivered: number | null;
}

/** SIPRI's pair-by-year tables: TIV by year for each `supplier>recipient` (ids), and the years they cover. */
export interface PairProfiles {
  profiles: ReadonlyMap<string, ReadonlyMap<number, number>>;
  firstYear: number;
  lastYear: number;
}

export interface PairFit {
  /** Per deal, in the order given. */
  weights: YearWeights[];
  /** Pairs whose deals of several years were fitted, and those whose deals' years could not meet the profile within 1 %. */
  fittedPairs: number;
  inexactPairs: number;
}

/** A pair whose fitted yearly sums miss the table's profile by more than this share of its TIV counts as inexact. */
const INEXACT = 0.01;
export const pairKey = (supplier: string, recipient: string) => `${supplier}>${recipient}`;

/**
 * Weights for the deals the per-year file does not weigh (those `perYear` gives as `even`): for each supplier →
 * recipient pair, fitted so that the pair's yearly sums follow the shape of its row in the pair-by-year tables,
 * on top of what the deals weighted by the per-year file already put in each year. Each deal keeps its delivered
 * TIV and its own years. Evenly, with the reason, where the tables cannot place a deal: no row for the pair, a
 * delivery year outside the tables, or no table TIV (left) in any of its years. Pure and deterministic.
 */
export function fitToPairTables(deals: readonly AllocationDeal[], perYear: readonly YearWeights[], tables: PairProfiles): PairFit {
  const weights = [...perYear];
  let fittedPairs = 0;
  let inexactPairs = 0;
  const pairs = new Map<string, number[]>();
  deals.forEach((deal, i) => {
    if (deal.deliveryYears.length === 0) return;
    const key = pairKey(deal.supplier, deal.recipient);
    pairs.set(key, [...(pairs.get(key) ?? []), i]);
  });
  for (const [key, members] of pairs) {
    if (members.every((i) => perYear[i]!.how !== 'even')) continue;
    const profile = tables.profiles.get(key);
    if (!profile) {
      for (const i of members) if (perYear[i]!.how === 'even') weights[i] = even(deals[i]!.deliveryYears, 'pairNotInTables');
      continue;
    }
    const residual = fitPair(deals, members, profile, tables, weights);
    if (residual === null) continue;
    fittedPairs++;
    if (residual > INEXACT) inexactPairs++;
  }
  return { weights, fittedPairs, inexactPairs };
}

/**
 * Fits the open deals of one pair (those `weights` holds as even) to its table profile, writing their weights.
 * Returns the fit's residual, or null when no deal of several years was left to fit.
 */
function fitPair(deals: readonly AllocationDeal[], members: readonly number[], profile: ReadonlyMap<number, number>, tables: PairProfiles, weights: YearWeights[]): number | null {
  const tiv = (i: number) => deals[i]!.tivDelivered ?? 0;
  const years = (i: number) => deals[i]!.deliveryYears;
  // TIV that deals of the pair already put in each year: the fitted deals fill the rest of the profile.
  const fixed = new Map<number, number>();
  const fix = (i: number, split: YearWeights) => {
    weights[i] = split;
    const parts = splitTiv(tiv(i), split.weights);
    years(i).forEach((y, k) => fixed.set(y, (fixed.get(y) ?? 0) + parts[k]!));
  };
  const open = members.filter((i) => weights[i]!.how === 'even');
  members.filter((i) => weights[i]!.how !== 'even').forEach((i) => fix(i, weights[i]!));

  let fitting: number[] = [];
  for (const i of open) {
    const ys = years(i);
    if (ys[0]! < tables.firstYear || ys.at(-1)! > tables.lastYear) fix(i, even(ys, 'outsideTableYears'));
    else if (ys.every((y) => !(profile.get(y)! > 0))) fix(i, even(ys, 'noTableTiv'));
    // Nothing to fit: one year holds it all; a deal of no TIV takes the table's profile over its years.
    else if (ys.length === 1) fix(i, { weights: [1], how: 'fitted' });
    else if (tiv(i) <= 0) weights[i] = { weights: ys.map((y) => Math.max(profile.get(y) ?? 0, BELOW_HALF)), how: 'fitted' };
    else fitting.push(i);
  }

  while (fitting.length > 0) {
    const allYears = [...new Set(fitting.flatMap(years))].sort((p, q) => p - q);
    const target = remainingTarget(profile, fixed, allYears, fitting.reduce((sum, i) => sum + tiv(i), 0));
    // A deal whose years the fixed deals already fill has nothing left to follow: even, and fit the rest again.
    const stuck = fitting.filter((i) => years(i).every((y) => target.get(y)! <= 0));
    if (stuck.length > 0) {
      stuck.forEach((i) => fix(i, even(years(i), 'noTableTiv')));
      fitting = fitting.filter((i) => !stuck.includes(i));
      continue;
    }
    const fit = fitYears(
      fitting.map((i) => ({ years: years(i), tiv: tiv(i) })),
      target,
    );
    // SIPRI lists a delivery in each of a deal's years: where the table has none (left), the year keeps what a
    // table's "0" means, less than half a million, and never more than an even share.
    fitting.forEach((i, k) => {
      const floor = Math.min(BELOW_HALF, tiv(i) / years(i).length);
      weights[i] = { weights: fit.weights[k]!.map((w) => Math.max(w, floor)), how: 'fitted' };
    });
    return fit.residual;
  }
  return null;
}

/**
 * Splits `total` in proportion to `weights`, rounded to 4 decimals. Rounding the running sum
 * (not each part) makes the parts add up to the rounded total exactly and never go negative.
 * Zero weights everywhere mean an even split.
 */
export function splitTiv(total: number | null, weights: readonly number[]): number[] {
  return splitRounded(total ?? 0, weights, SCALE);
}

/** Splits a number of units as `splitTiv` splits TIV, in whole units; an unknown number (null) as none. */
export function splitUnits(total: number | null, weights: readonly number[]): number[] {
  return splitRounded(total ?? 0, weights, 1);
}

function splitRounded(total: number, weights: readonly number[], scale: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = sum > 0 ? weights : weights.map(() => 1);
  const shareSum = sum > 0 ? sum : weights.length;
  const ticks = Math.round(total * scale);
  let cumulative = 0;
  let previous = 0;
  return shares.map((w, i) => {
    cumulative += w;
    const upTo = i === shares.length - 1 ? ticks : Math.round((cumulative / shareSum) * ticks);
    const part = upTo - previous;
    previous = upTo;
    return part / scale;
  });
}
