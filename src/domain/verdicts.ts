import type { ClaimRule, DealsResponse, SharesResponse, TransfersResponse, YearValues } from '../api/contract.ts';
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

export function judgeRecipientRank(rule: Extract<ClaimRule, { type: 'recipient-rank' }>, shares: SharesResponse, nameOf: Names): Finding {
  const ranked = shares.rows.filter((row) => row.tiv > 0);
  const index = ranked.findIndex((row) => row.id === rule.recipient);
  const row = ranked[index];
  const years = formatYears(rule.from, rule.to);
  const rank = row
    ? `${nameOf(rule.recipient)} ranked ${index + 1} of ${ranked.length} recipients of arms from ${nameOf(rule.supplier)} in ${years} by SIPRI TIV (${formatTiv(row.tiv)} TIV millions, ${formatShare(row.share)})`
    : `${nameOf(rule.recipient)} received no deliveries from ${nameOf(rule.supplier)} in ${years} by SIPRI TIV`;
  const agrees = row !== undefined && index + 1 === rule.claimedRank;
  return {
    verdict: 'different-measure',
    explanation:
      `${rank}; the largest was ${ranked[0] ? nameOf(ranked[0].id) : 'nobody'}. The claim counts ${rule.claimedIn}, which TIV does not measure: ` +
      `TIV ${agrees ? 'agrees on the rank' : 'gives a different rank'}, but the two measures are not the same.`,
    series: ranked.slice(0, 5).map((r) => ({ label: nameOf(r.id), value: r.tiv })),
    valueKind: 'tiv',
  };
}

export function judgeOvertook(rule: Extract<ClaimRule, { type: 'overtook' }>, transfers: TransfersResponse, names: Names): Finding {
  const nameOf = withSoviet(names, rule.mergeSoviet);
  const totals = (id: string) => transfers.series.find((s) => s.supplier === id && s.recipient === rule.recipient);
  const challenger = totals(rule.challenger);
  const incumbent = totals(rule.incumbent);
  const delivered = [challenger?.total ?? 0, incumbent?.total ?? 0] as const;
  const ordered = [challenger?.totalOrdered ?? 0, incumbent?.totalOrdered ?? 0] as const;
  const years = formatYears(rule.from, rule.to);
  const verdict: Verdict = delivered[0] > delivered[1] ? 'supported' : ordered[0] > ordered[1] ? 'different-measure' : 'not-supported';
  const [c, i] = [nameOf(rule.challenger), nameOf(rule.incumbent)];
  return {
    verdict,
    explanation:
      `Delivered to ${nameOf(rule.recipient)} in ${years}: ${c} ${formatTiv(delivered[0])}, ${i} ${formatTiv(delivered[1])} TIV (millions). ` +
      `Ordered in those years: ${c} ${formatTiv(ordered[0])}, ${i} ${formatTiv(ordered[1])}.` +
      (verdict === 'different-measure' ? ` ${c} led in orders signed, not in weapons delivered.` : '') +
      // Such claims are often ranked by the money in contracts; the verdict is TIV's, and says so.
      ' TIV measures the military capability transferred, not money: a ranking by the value of contracts can differ.',
    series: [
      { label: `${c}, delivered`, value: delivered[0] },
      { label: `${i}, delivered`, value: delivered[1] },
      { label: `${c}, ordered`, value: ordered[0] },
      { label: `${i}, ordered`, value: ordered[1] },
    ],
    valueKind: 'tiv',
  };
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
  const supported = falling[1] < falling[0] && others >= MEANINGFUL_OTHERS;
  return {
    verdict: supported ? 'supported' : 'not-supported',
    explanation:
      `The share of ${nameOf(rule.recipient)}’s arms imports from ${nameOf(rule.falling)} went from ${formatShare(falling[0])} in ${before} to ${formatShare(falling[1])} in ${after}; ` +
      `from ${nameOf(rule.partner)}, from ${formatShare(partner[0])} to ${formatShare(partner[1])}, leaving ${formatShare(others)} to other suppliers. ` +
      'The data show what was delivered, not why: they can bear the claim out, not prove its reasons.',
    series: [
      { label: `${nameOf(rule.falling)} ${before}`, value: falling[0] },
      { label: `${nameOf(rule.falling)} ${after}`, value: falling[1] },
      { label: `${nameOf(rule.partner)} ${before}`, value: partner[0] },
      { label: `${nameOf(rule.partner)} ${after}`, value: partner[1] },
    ],
    valueKind: 'share',
  };
}
