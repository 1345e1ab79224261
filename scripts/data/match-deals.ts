import type { Category } from '../../core/dataset/schema.ts';

/** What matching needs of a register deal. Country fields are resolved ids, not SIPRI names. */
export interface RegisterKey {
  supplier: string;
  recipient: string;
  orderYear: number;
  designation: string;
  category: Category;
  deliveryYears: readonly number[];
}

/** A deal of the per-year file: its rows grouped by `SIPRI AT Database ID`. */
export interface YearlyDeal extends Omit<RegisterKey, 'deliveryYears'> {
  dealId: string;
  /** Units delivered by year. */
  units: Map<number, number>;
}

export interface YearlyRow extends Omit<YearlyDeal, 'units'> {
  year: number;
  units: number;
}

/** Groups per-year rows by deal, in the order deals first appear. */
export function groupYearlyDeals(rows: Iterable<YearlyRow>): YearlyDeal[] {
  const deals = new Map<string, YearlyDeal>();
  for (const { year, units, ...deal } of rows) {
    let entry = deals.get(deal.dealId);
    if (!entry) deals.set(deal.dealId, (entry = { ...deal, units: new Map() }));
    entry.units.set(year, units);
  }
  return [...deals.values()];
}

/** `AW101`, `AW-101` → aw, 101; `Kiliç` → kilic: spelling of hyphens, spaces and accents changed between releases. */
function tokens(designation: string): Set<string> {
  const plain = designation.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set(plain.match(/[a-z]+|[0-9]+/g) ?? []);
}

/**
 * How alike two designations are, 0–1: the Dice coefficient of their alphanumeric tokens.
 * `P-8A Poseidon` / `P-8A` → 6/7, `PJ-10 BrahMos` / `BrahMos LAND` → 0.4.
 */
export function designationSimilarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size + tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return (2 * shared) / (ta.size + tb.size);
}

/** Share of delivery years in common (Jaccard), counting only register years the per-year file spans. */
export function yearOverlap(registerYears: readonly number[], units: ReadonlyMap<number, number>, span: readonly [number, number]): number {
  const inSpan = registerYears.filter((y) => y >= span[0] && y <= span[1]);
  const shared = inSpan.filter((y) => units.has(y)).length;
  return shared / (inSpan.length + units.size - shared);
}

/**
 * Pairs register deals with per-year deals one to one. Candidates share supplier, recipient and
 * order year and at least one delivery year, and have the same armament category or alike
 * designations (SIPRI recategorised a few weapons). Designations were renamed between releases,
 * so they are scored, not required to be equal: score = year overlap + designation similarity
 * + 0.5 when the categories agree. Pairs are taken greedily, best score first, ties by
 * register position then per-year file position, so the result does not depend on anything but
 * the input order. Returns, per register deal, the index of its per-year deal or -1.
 */
export function matchDeals(register: readonly RegisterKey[], yearly: readonly YearlyDeal[]): number[] {
  let first = Infinity;
  let last = -Infinity;
  const byKey = new Map<string, number[]>();
  yearly.forEach((deal, j) => {
    for (const y of deal.units.keys()) [first, last] = [Math.min(first, y), Math.max(last, y)];
    const key = `${deal.supplier}|${deal.recipient}|${deal.orderYear}`;
    const group = byKey.get(key);
    if (group) group.push(j);
    else byKey.set(key, [j]);
  });

  const candidates: { score: number; i: number; j: number }[] = [];
  register.forEach((deal, i) => {
    for (const j of byKey.get(`${deal.supplier}|${deal.recipient}|${deal.orderYear}`) ?? []) {
      const other = yearly[j]!;
      const overlap = yearOverlap(deal.deliveryYears, other.units, [first, last]);
      const similarity = designationSimilarity(deal.designation, other.designation);
      const sameCategory = deal.category === other.category;
      if (overlap === 0 || (!sameCategory && similarity < 0.5)) continue;
      candidates.push({ score: overlap + similarity + (sameCategory ? 0.5 : 0), i, j });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  const match = new Array<number>(register.length).fill(-1);
  const taken = new Set<number>();
  for (const { i, j } of candidates) {
    if (match[i] !== -1 || taken.has(j)) continue;
    match[i] = j;
    taken.add(j);
  }
  return match;
}
