/**
 * The order of the sites in round `round`: A B, then B A, then A B … Each build goes first in half the rounds,
 * so neither always runs right after the other (after its caches were warmed, or while the other's work is
 * still winding down).
 */
export function orderFor<T>(round: number, sites: readonly T[]): T[] {
  return round % 2 === 0 ? [...sites] : [...sites].reverse();
}

/**
 * Runs `trial` for every site in each of `rounds` rounds, alternating the order (orderFor). Returns the results
 * by site (in the order of `sites`), then by round.
 */
export async function interleave<S, T>(sites: readonly S[], rounds: number, trial: (site: S, round: number) => Promise<T>): Promise<T[][]> {
  const results = sites.map(() => [] as T[]);
  for (let round = 0; round < rounds; round++) {
    for (const site of orderFor(round, sites)) results[sites.indexOf(site)]!.push(await trial(site, round));
  }
  return results;
}
