/** One deal of a supplier → recipient pair, as the fit sees it. */
export interface FitDeal {
  /** The deal's own delivery years: the only cells it may fill. */
  years: readonly number[];
  /** Delivered TIV, which the fit keeps. */
  tiv: number;
}

export interface Fit {
  /** Per deal, a weight for each of its years (proportional to the TIV fitted there). */
  weights: number[][];
  iterations: number;
  converged: boolean;
  /** Σ over years of |fitted − target|, divided by the total: 0 when every year meets its target. */
  residual: number;
}

/** Enough for TIV written with 4 decimals; a pair that cannot meet its targets stops here. */
const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 200;

/**
 * Iterative proportional fitting over deals × years: cells x[d][y] on each deal's own years whose sums per deal are
 * the deals' TIV and whose sums per year are `target` (which must add up to the same total). Starting from an even
 * split, rows and columns are scaled in turn, so every cell stays a[d]·b[y]: all deals of the pair share one
 * yearly profile, each cut to its own years. Where the targets cannot be met exactly (a year only reachable by
 * deals too small for it), it stops after MAX_ITERATIONS at the nearest IPF reaches. The cells themselves are
 * scaled, not the factors, which would grow without bound in that case. Ends on a row step: every deal's sum is
 * exact. Deterministic: the same input gives the same numbers.
 */
export function fitYears(deals: readonly FitDeal[], target: ReadonlyMap<number, number>): Fit {
  // Flat typed arrays: some pairs take all MAX_ITERATIONS over thousands of cells.
  const years = [...new Set(deals.flatMap((d) => d.years))].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const goal = Float64Array.from(years, (y) => target.get(y) ?? 0);
  const rowStart = new Int32Array(deals.length + 1);
  deals.forEach((deal, i) => (rowStart[i + 1] = rowStart[i]! + deal.years.length));
  const cellYear = Int32Array.from(deals.flatMap((deal) => deal.years.map((y) => yearIndex.get(y)!)));
  const cells = Float64Array.from(cellYear, (j) => (goal[j]! > 0 ? 1 : 0));
  const columns = new Float64Array(years.length);
  const total = deals.reduce((sum, d) => sum + d.tiv, 0);
  let iterations = 0;
  let converged = false;
  let residual = 0;
  for (;;) {
    iterations++;
    for (let i = 0; i < deals.length; i++) {
      let sum = 0;
      for (let c = rowStart[i]!; c < rowStart[i + 1]!; c++) sum += cells[c]!;
      if (sum > 0) for (let c = rowStart[i]!; c < rowStart[i + 1]!; c++) cells[c] = (cells[c]! * deals[i]!.tiv) / sum;
    }
    columns.fill(0);
    for (let c = 0; c < cells.length; c++) columns[cellYear[c]!] = columns[cellYear[c]!]! + cells[c]!;
    let error = 0;
    residual = 0;
    for (let j = 0; j < years.length; j++) {
      const difference = Math.abs(columns[j]! - goal[j]!);
      error = Math.max(error, difference);
      residual += difference / total;
    }
    converged = error <= TOLERANCE * total;
    if (converged || iterations === MAX_ITERATIONS) break;
    for (let j = 0; j < years.length; j++) columns[j] = columns[j]! > 0 ? goal[j]! / columns[j]! : 0;
    for (let c = 0; c < cells.length; c++) cells[c] = cells[c]! * columns[cellYear[c]!]!;
  }
  const weights = deals.map((_, i) => Array.from(cells.subarray(rowStart[i]!, rowStart[i + 1]!)));
  return { weights, iterations, converged, residual };
}

/**
 * What a pair's table leaves for the deals to fit, year by year: the table's profile scaled by the one factor s
 * that makes max(0, s·profile[y] − fixed[y]) add up to `total` over `years`. `fixed` is the TIV that other deals of
 * the pair already put in each year; a year they fill beyond the profile gets nothing more. Only the profile's
 * shape counts, so TIVs revised since the table's release do not matter.
 */
export function remainingTarget(
  profile: ReadonlyMap<number, number>,
  fixed: ReadonlyMap<number, number>,
  years: readonly number[],
  total: number,
): Map<number, number> {
  // Year y starts to receive TIV once s passes fixed/profile: walk those thresholds up until the total is reached.
  const steps = years
    .filter((y) => (profile.get(y) ?? 0) > 0)
    .map((y) => ({ profile: profile.get(y)!, fixed: fixed.get(y) ?? 0 }))
    .sort((p, q) => p.fixed / p.profile - q.fixed / q.profile);
  let sumProfile = 0;
  let sumFixed = 0;
  for (const step of steps) {
    if (sumProfile > 0 && sumProfile * (step.fixed / step.profile) - sumFixed >= total) break;
    sumProfile += step.profile;
    sumFixed += step.fixed;
  }
  const scale = sumProfile > 0 ? (total + sumFixed) / sumProfile : 0;
  return new Map(years.map((y) => [y, Math.max(0, scale * (profile.get(y) ?? 0) - (fixed.get(y) ?? 0))]));
}

