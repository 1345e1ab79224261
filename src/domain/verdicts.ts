import type { ClaimRule, DealsResponse, SharesResponse, YearValues } from '../api/contract.ts';
import { concentrationByPeriod } from './concentration.ts';
import { MERGED_RUSSIA } from './country-names.ts';
import { formatShare, formatTiv, formatYears } from './format.ts';

/**
 * Claims checked against the data: each rule type turns one API answer into a verdict with its numbers.
 * Pure functions of the answer, so the verdict changes when the data does.
 */

export type Verdict = 'supported' | 'not-supported' | 'different-measure';

export interface Finding {
  verdict: Verdict;
  /** One or two sentences with the numbers. */
  explanation: string;
  /** A small series for the claim's chart: label per x, value, and how values read. */
  series: Array<{ label: string; value: number }>;
  valueKind: 'share' | 'tiv';
  /** What the data show for the years after the claim was made: shown apart, never part of the verdict. */
  later?: { explanation: string; series: Array<{ label: string; value: number }> };
}

type Names = (id: string) => string;

/** Rules that fold the Soviet Union into Russia say so in the name. */
const withSoviet = (nameOf: Names, merge: boolean): Names => (id) => (merge && id === 'RUS' ? MERGED_RUSSIA : nameOf(id));

/** Share (0..1) of one row in the summed years from..to. */
function periodShare(years: readonly YearValues[], id: string, from: number, to: number): number {
  let part = 0;
  let total = 0;
  for (const y of years) {
    if (y.year < from || y.year > to) continue;
    part += y.values[id] ?? 0;
    total += y.total;
  }
  return total > 0 ? part / total : 0;
}

export function judgePeakShare(rule: Extract<ClaimRule, { type: 'peak-share' }>, shares: SharesResponse, names: Names): Finding {
  const nameOf = withSoviet(names, rule.mergeSoviet);
  const periods = concentrationByPeriod(shares.years).map((p) => ({
    label: formatYears(p.from, p.to),
    value: p.ranking.find((r) => r.id === rule.supplier)?.share ?? 0,
  }));
  const peak = periods.reduce((best, p) => (p.value > best.value ? p : best), { label: '', value: 0 });
  const supported = peak.value >= rule.claimed - rule.tolerance;
  // The full view draws rolling five-year sums, whose peak may fall across two periods: the reader sees it there.
  let rolling = { label: peak.label, value: peak.value };
  for (let to = shares.from + 4; to <= shares.to; to++) {
    const value = periodShare(shares.years, rule.supplier, to - 4, to);
    if (value > rolling.value) rolling = { label: formatYears(to - 4, to), value };
  }
  return {
    verdict: supported ? 'supported' : 'not-supported',
    explanation:
      `The share of ${nameOf(rule.recipient)}’s arms imports from ${nameOf(rule.supplier)} peaked at ${formatShare(peak.value)} ` +
      `in ${peak.label} (SIPRI five-year periods, ${formatYears(rule.from, rule.to)}), against the ${formatShare(rule.claimed)} claimed.` +
      (rolling.label === peak.label
        ? ''
        : ` Over any five consecutive years (the full view’s rolling sums) it peaked at ${formatShare(rolling.value)} in ${rolling.label}.`),
    series: periods,
    valueKind: 'share',
  };
}

/** Partners by TIV, largest first. */
export interface RankedTiv {
  id: string;
  tiv: number;
}

/** The rows of a shares answer that received (or supplied) anything in its years, largest first; "Other" left out. */
export function deliveriesRanking(shares: SharesResponse): RankedTiv[] {
  return shares.rows.filter((row) => row.id !== 'other' && row.tiv > 0).map(({ id, tiv }) => ({ id, tiv }));
}

/**
 * Partners by the TIV of the deals ordered in an answer's years (each whole order's TIV in its year of order, as
 * /transfers counts orders; deals without an order TIV left out), `by` their supplier or recipient as `fold` shows it.
 * The answer must hold every matching deal.
 */
export function ordersRanking(deals: DealsResponse, by: 'supplier' | 'recipient', fold: (id: string) => string): RankedTiv[] {
  if (deals.deals.length < deals.total) {
    throw new Error(`the ranking of orders needs every deal, and ${deals.deals.length} of ${deals.total} came.`);
  }
  const sums = new Map<string, number>();
  for (const deal of deals.deals) {
    if (deal.tivOrder === null) continue;
    const id = fold(deal[by]);
    sums.set(id, (sums.get(id) ?? 0) + deal.tivOrder);
  }
  return [...sums].map(([id, tiv]) => ({ id, tiv })).filter((row) => row.tiv > 0).sort((a, b) => b.tiv - a.tiv || a.id.localeCompare(b.id));
}

/** 1-based rank of an id in a ranking, or null when it has none. */
const rankOf = (ranking: readonly RankedTiv[], id: string) => {
  const at = ranking.findIndex((row) => row.id === id);
  return at < 0 ? null : { rank: at + 1, tiv: ranking[at]!.tiv };
};

/** "by TIV delivered, India ranked 2 of 57 (1,115), the largest being Saudi Arabia (1,403)". */
function rankingPhrase(measure: string, ranking: readonly RankedTiv[], subjects: readonly string[], nameOf: Names): string {
  const places = subjects.map((id, i) => {
    const place = rankOf(ranking, id);
    const at = !place ? 'had none' : `${i === 0 ? 'ranked ' : ''}${place.rank}${i === 0 ? ` of ${ranking.length}` : ''} (${formatTiv(place.tiv)})`;
    return `${nameOf(id)} ${at}`;
  });
  const leader = ranking[0];
  const largest = leader && !subjects.includes(leader.id) ? `, the largest being ${nameOf(leader.id)} (${formatTiv(leader.tiv)})` : '';
  return `by TIV ${measure}, ${places.join(', ')}${largest}`;
}

/**
 * The one rule for a ranking claimed in money or contracts (`claimedIn`), which TIV does not measure: a different
 * measure, stated with the TIV ranking of deliveries and of orders in the years the claim speaks of.
 */
function differentMeasure(claimedIn: string, among: string, subjects: readonly string[], delivered: readonly RankedTiv[], ordered: readonly RankedTiv[], nameOf: Names): string {
  return (
    `The claim counts ${claimedIn}, which SIPRI’s TIV does not measure. Among ${among} (TIV millions): ` +
    `${rankingPhrase('delivered', delivered, subjects, nameOf)}; ${rankingPhrase('of the orders signed', ordered, subjects, nameOf)}.`
  );
}

/** A subject's delivered and ordered TIV, for a claim's chart. */
function deliveredAndOrdered(subjects: readonly string[], delivered: readonly RankedTiv[], ordered: readonly RankedTiv[], nameOf: Names) {
  const tivOf = (ranking: readonly RankedTiv[], id: string) => rankOf(ranking, id)?.tiv ?? 0;
  return [
    ...subjects.map((id) => ({ label: `${nameOf(id)}, delivered`, value: tivOf(delivered, id) })),
    ...subjects.map((id) => ({ label: `${nameOf(id)}, ordered`, value: tivOf(ordered, id) })),
  ];
}

/** "By TIV" ranks for a claimed rank in money: always a different measure. `orders`: the supplier's deals ordered in those years. */
export function judgeRecipientRank(rule: Extract<ClaimRule, { type: 'recipient-rank' }>, shares: SharesResponse, orders: DealsResponse, nameOf: Names): Finding {
  const delivered = deliveriesRanking(shares);
  const ordered = ordersRanking(orders, 'recipient', (id) => id);
  const leaders = [...new Set([delivered[0]?.id, ordered[0]?.id].filter((id): id is string => !!id && id !== rule.recipient))];
  const holds = [
    rankOf(delivered, rule.recipient)?.rank === rule.claimedRank && 'deliveries',
    rankOf(ordered, rule.recipient)?.rank === rule.claimedRank && 'orders',
  ].filter(Boolean);
  const claimed = `The claimed rank, ${rule.claimedRank}, is ${nameOf(rule.recipient)}’s`;
  const byTiv = holds.length ? `${claimed} by TIV ${holds.join(' and ')} too, though the measures differ.` : `${claimed} by neither.`;
  return {
    verdict: 'different-measure',
    explanation:
      differentMeasure(rule.claimedIn, `the recipients of arms from ${nameOf(rule.supplier)} in ${formatYears(rule.from, rule.to)}`, [rule.recipient], delivered, ordered, nameOf) +
      ` ${byTiv}`,
    series: deliveredAndOrdered([rule.recipient, ...leaders], delivered, ordered, nameOf),
    valueKind: 'tiv',
  };
}

/**
 * Whether the challenger overtook the incumbent as the recipient's supplier, from the recipient's shares (deliveries)
 * and its deals ordered in those years. A claim counted in money or contracts is a different measure; one about arms
 * supplied is supported when the challenger delivered more, a different measure when it led only in orders.
 */
export function judgeOvertook(rule: Extract<ClaimRule, { type: 'overtook' }>, shares: SharesResponse, orders: DealsResponse, names: Names, fold: (id: string) => string): Finding {
  const nameOf = withSoviet(names, rule.mergeSoviet);
  const delivered = deliveriesRanking(shares);
  const ordered = ordersRanking(orders, 'supplier', fold);
  const subjects = [rule.challenger, rule.incumbent];
  const [c, i] = subjects.map(nameOf) as [string, string];
  const tiv = (ranking: readonly RankedTiv[], id: string) => rankOf(ranking, id)?.tiv ?? 0;
  const ledDeliveries = tiv(delivered, rule.challenger) > tiv(delivered, rule.incumbent);
  const ledOrders = tiv(ordered, rule.challenger) > tiv(ordered, rule.incumbent);
  const among = `${nameOf(rule.recipient)}’s suppliers in ${formatYears(rule.from, rule.to)}`;
  const led = ledDeliveries && ledOrders ? 'in deliveries and in orders' : ledDeliveries ? 'in deliveries, not in orders' : ledOrders ? 'in orders signed, not in weapons delivered' : null;
  const byTiv = led ? ` By TIV, ${c} led ${i} ${led}.` : ` By TIV, ${c} did not overtake ${i} in deliveries or in orders.`;
  const series = deliveredAndOrdered(subjects, delivered, ordered, nameOf);
  if (rule.claimedIn !== null) {
    return { verdict: 'different-measure', explanation: differentMeasure(rule.claimedIn, among, subjects, delivered, ordered, nameOf) + byTiv, series, valueKind: 'tiv' };
  }
  const verdict: Verdict = ledDeliveries ? 'supported' : ledOrders ? 'different-measure' : 'not-supported';
  const phrases = `${rankingPhrase('delivered', delivered, subjects, nameOf)}; ${rankingPhrase('of the orders signed', ordered, subjects, nameOf)}.`;
  return { verdict, explanation: `Among ${among} (TIV millions): ${phrases}${byTiv}`, series, valueKind: 'tiv' };
}

export function judgeDeal(rule: Extract<ClaimRule, { type: 'deal' }>, deals: DealsResponse, nameOf: Names): Finding {
  const match = deals.deals.find((d) => d.orderYear === rule.orderYear && d.numberOrdered === rule.numberOrdered);
  const pair = `${nameOf(rule.supplier)} → ${nameOf(rule.recipient)}`;
  const found = match ?? deals.deals[0];
  return {
    verdict: match ? 'supported' : 'not-supported',
    explanation: found
      ? `SIPRI records ${pair}: ${found.numberOrdered ?? 'an unknown number of'} ${found.designation} (${found.description}) ordered in ${found.orderYear}, ` +
        `${found.numberDelivered ?? 'an unknown number'} delivered in ${found.deliveryYears.join(', ') || 'no year yet'}, ${formatTiv(found.tivDelivered ?? 0)} TIV (millions) delivered.` +
        (match ? '' : ` No deal matches ${rule.numberOrdered} ordered in ${rule.orderYear}.`)
      : `SIPRI records no ${rule.designation} deal ${pair}.`,
    series: (found?.yearly ?? []).map((y) => ({ label: String(y.year), value: y.tiv })),
    valueKind: 'tiv',
  };
}

/** The part of the imports other suppliers must keep for a partner to count as not meeting all the needs. */
const MEANINGFUL_OTHERS = 0.1;

export function judgeShareShift(rule: Extract<ClaimRule, { type: 'share-shift' }>, shares: SharesResponse, nameOf: Names): Finding {
  const share = (id: string, span: { from: number; to: number }) => periodShare(shares.years, id, span.from, span.to);
  const falling = [share(rule.falling, rule.before), share(rule.falling, rule.after)] as const;
  const partner = [share(rule.partner, rule.before), share(rule.partner, rule.after)] as const;
  const [before, after] = [formatYears(rule.before.from, rule.before.to), formatYears(rule.after.from, rule.after.to)];
  // The data show deliveries, not reluctance or capacity: the claim is borne out when the reluctant supplier's
  // share fell and other suppliers than the partner still delivered a real part (a tenth or more) afterwards.
  const others = Math.max(0, 1 - partner[1] - falling[1]);
  const fell = falling[1] < falling[0];
  const room = others >= MEANINGFUL_OTHERS;
  const why = fell && room ? '' : `${[!fell && `the share from ${nameOf(rule.falling)} did not fall`, !room && `${nameOf(rule.partner)} left less than a tenth to others`].filter(Boolean).join(', and ')}. `;
  const finding: Finding = {
    verdict: fell && room ? 'supported' : 'not-supported',
    explanation:
      `The share of ${nameOf(rule.recipient)}’s arms imports from ${nameOf(rule.falling)} went from ${formatShare(falling[0])} in ${before} to ${formatShare(falling[1])} in ${after}; ` +
      `from ${nameOf(rule.partner)}, from ${formatShare(partner[0])} to ${formatShare(partner[1])}, leaving ${formatShare(others)} to other suppliers. ` +
      (why ? why[0]!.toUpperCase() + why.slice(1) : '') +
      'The data show what was delivered, not why: they can bear the claim out, not prove its reasons.',
    series: [
      { label: `${nameOf(rule.falling)} ${before}`, value: falling[0] },
      { label: `${nameOf(rule.falling)} ${after}`, value: falling[1] },
      { label: `${nameOf(rule.partner)} ${before}`, value: partner[0] },
      { label: `${nameOf(rule.partner)} ${after}`, value: partner[1] },
    ],
    valueKind: 'share',
  };
  if (!rule.later) return finding;
  const later = formatYears(rule.later.from, rule.later.to);
  const [fallingLater, partnerLater] = [share(rule.falling, rule.later), share(rule.partner, rule.later)];
  return {
    ...finding,
    later: {
      explanation:
        `In ${later}, after the claim, the share from ${nameOf(rule.falling)} was ${formatShare(fallingLater)} and from ${nameOf(rule.partner)} ` +
        `${formatShare(partnerLater)}, leaving ${formatShare(Math.max(0, 1 - fallingLater - partnerLater))} to other suppliers.`,
      series: [
        { label: `${nameOf(rule.falling)} ${later}`, value: fallingLater },
        { label: `${nameOf(rule.partner)} ${later}`, value: partnerLater },
      ],
    },
  };
}
