/** Allocated TIV is rounded to this many decimals: deterministic and compact output. */
const DECIMALS = 4;
const SCALE = 10 ** DECIMALS;

export interface YearWeights {
  weights: number[];
  /** True when the per-year file's units shaped the weights; false for an even split. */
  weighted: boolean;
}

/**
 * Weights for spreading a deal over its delivery years. With the same deal's units per year from
 * the per-year file (`units`), those units weigh the years the file lists; the register's other
 * delivery years (after 2024, before 1995, or revised) share the units the file does not account
 * for (`numberDelivered` minus the units it lists) evenly. When nothing is left for them, each gets
 * the average of the listed years, since SIPRI still reports a delivery in that year. Without
 * usable units every year weighs the same.
 */
export function yearWeights(deliveryYears: readonly number[], numberDelivered: number | null, units?: ReadonlyMap<number, number>): YearWeights {
  const even = { weights: deliveryYears.map(() => 1), weighted: false };
  const covered = units ? deliveryYears.filter((y) => units.has(y)) : [];
  if (!units || covered.length === 0) return even;
  const coveredUnits = covered.reduce((sum, y) => sum + units.get(y)!, 0);
  if (coveredUnits <= 0) return even;
  const uncovered = deliveryYears.length - covered.length;
  const remaining = (numberDelivered ?? 0) - coveredUnits;
  const perUncovered = remaining > 0 ? remaining / uncovered : coveredUnits / covered.length;
  return { weights: deliveryYears.map((y) => units.get(y) ?? perUncovered), weighted: true };
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
