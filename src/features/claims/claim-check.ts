import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ClaimRule } from '../../api/contract.ts';
import { dealsFilters, getDealsQueryOptions } from '../../api/get-deals.ts';
import { getSharesQueryOptions, sharesFilters as shares } from '../../api/get-shares.ts';
import { judgeDeal, judgeOvertook, judgePeakShare, judgeRecipientRank, judgeShareShift, type Finding } from '../../domain/verdicts.ts';
import { countryFolder } from '../../../core/soviet-merge.ts';

type Names = (id: string) => string;

/** The API answers a check needs, each through its own cached query, the judge of them, and the full view. */
interface Check {
  fetch: (client: QueryClient) => Promise<readonly unknown[]>;
  judge: (answers: readonly unknown[]) => Finding;
  link: string;
}

/** A check whose judge takes each answer, typed; the answers travel as one list. */
function check<A extends unknown[]>(fetch: (client: QueryClient) => Promise<A>, judge: (...answers: A) => Finding, link: string): Check {
  return { fetch, judge: (answers) => judge(...(answers as A)), link };
}

/** The most deals a ranking of orders reads in one answer (the API's largest page). */
const ALL_ORDERS = 1000;

/** A supplier's or recipient's deals ordered in the years a ranking claim speaks of, every one of them. */
const ordersOf = (filters: { suppliers?: string[]; recipients?: string[]; from: number; to: number; mergeSoviet?: boolean }) =>
  getDealsQueryOptions(dealsFilters({ ...filters, yearOf: 'order', sort: 'id:asc', pageSize: ALL_ORDERS }));

/**
 * What a claim's rule asks the API (one answer or two: a ranking claim needs deliveries and orders), how the answers
 * are judged, and the view that shows it in full.
 */
function checkOf(rule: ClaimRule, nameOf: Names): Check {
  switch (rule.type) {
    case 'peak-share':
      return check(
        (client) => Promise.all([client.fetchQuery(getSharesQueryOptions(shares({ recipient: rule.recipient, from: rule.from, to: rule.to, mergeSoviet: rule.mergeSoviet })))] as const),
        (answer) => judgePeakShare(rule, answer, nameOf),
        `/shares?recipient=${rule.recipient}&from=${rule.from}&to=${rule.to}&window=5`,
      );
    case 'recipient-rank':
      return check(
        (client) =>
          Promise.all([
            client.fetchQuery(getSharesQueryOptions(shares({ supplier: rule.supplier, from: rule.from, to: rule.to, mergeSoviet: false }))),
            client.fetchQuery(ordersOf({ suppliers: [rule.supplier], from: rule.from, to: rule.to })),
          ] as const),
        (delivered, ordered) => judgeRecipientRank(rule, delivered, ordered, nameOf),
        `/shares?supplier=${rule.supplier}&from=${rule.from}&to=${rule.to}&measure=bars&ussr=separate`,
      );
    case 'overtook':
      return check(
        (client) =>
          Promise.all([
            client.fetchQuery(getSharesQueryOptions(shares({ recipient: rule.recipient, from: rule.from, to: rule.to, mergeSoviet: rule.mergeSoviet }))),
            client.fetchQuery(ordersOf({ recipients: [rule.recipient], from: rule.from, to: rule.to, mergeSoviet: rule.mergeSoviet })),
          ] as const),
        // The deals are as SIPRI lists them: their suppliers fold as the API folds them (core/soviet-merge.ts).
        (delivered, ordered) => judgeOvertook(rule, delivered, ordered, nameOf, countryFolder(rule.mergeSoviet)),
        `/pairs?pairs=${rule.challenger}:${rule.recipient},${rule.incumbent}:${rule.recipient}&from=${rule.from - 5}&to=${rule.to + 5}`,
      );
    case 'deal':
      return check(
        (client) => Promise.all([client.fetchQuery(getDealsQueryOptions(dealsFilters({ suppliers: [rule.supplier], recipients: [rule.recipient], q: rule.designation, pageSize: 100 })))] as const),
        (answer) => judgeDeal(rule, answer, nameOf),
        // The pair's chart of that weapon in units: the order in its year, the deliveries in theirs.
        `/pairs?pairs=${rule.supplier}:${rule.recipient}&weapon=${encodeURIComponent(rule.designation)}&measure=units&from=${rule.orderYear - 5}`,
      );
    case 'share-shift': {
      // From the earlier period to the claim's own, and on to what came after, which is shown apart.
      const to = rule.later?.to ?? rule.after.to;
      return check(
        (client) => Promise.all([client.fetchQuery(getSharesQueryOptions(shares({ recipient: rule.recipient, from: rule.before.from, to })))] as const),
        (answer) => judgeShareShift(rule, answer, nameOf),
        `/shares?recipient=${rule.recipient}&from=${rule.before.from}&to=${to}&pin=${rule.falling},${rule.partner}`,
      );
    }
  }
}

/**
 * A claim's check as one query: its answers, each fetched through its own endpoint's cached query, judged in
 * `select`, so every claim's query gives a Finding whatever endpoints it asks.
 */
export function claimCheck(rule: ClaimRule, nameOf: Names) {
  const { fetch, judge, link } = checkOf(rule, nameOf);
  return {
    query: queryOptions({ queryKey: ['claims', 'check', rule], queryFn: ({ client }) => fetch(client), select: judge }),
    link,
  };
}
