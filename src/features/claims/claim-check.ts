import type { ClaimRule, DealsResponse, SharesResponse, TransfersResponse } from '../../api/contract.ts';
import { dealsFilters, getDealsQueryOptions } from '../../api/get-deals.ts';
import { getSharesQueryOptions, sharesFilters as shares } from '../../api/get-shares.ts';
import { getTransfersQueryOptions } from '../../api/get-transfers.ts';
import { judgeDeal, judgeOvertook, judgePeakShare, judgeRecipientRank, judgeShareShift } from '../../domain/verdicts.ts';

type Names = (id: string) => string;

/**
 * What a claim's rule asks the API and the view to see it in full. The query's `select` judges the answer,
 * so every claim's query gives a Finding whatever endpoint it asks.
 */
export function claimCheck(rule: ClaimRule, nameOf: Names) {
  switch (rule.type) {
    case 'peak-share':
      return {
        query: { ...getSharesQueryOptions(shares({ recipient: rule.recipient, from: rule.from, to: rule.to, mergeSoviet: rule.mergeSoviet })), select: (answer: SharesResponse) => judgePeakShare(rule, answer, nameOf) },
        link: `/shares?recipient=${rule.recipient}&from=${rule.from}&to=${rule.to}&window=5`,
      };
    case 'recipient-rank':
      return {
        query: { ...getSharesQueryOptions(shares({ supplier: rule.supplier, from: rule.from, to: rule.to })), select: (answer: SharesResponse) => judgeRecipientRank(rule, answer, nameOf) },
        link: `/shares?supplier=${rule.supplier}&from=${rule.from}&to=${rule.to}&measure=tiv&tab=table`,
      };
    case 'overtook':
      return {
        query: { ...getTransfersQueryOptions({
          suppliers: [rule.challenger, rule.incumbent].sort(),
          recipients: [rule.recipient],
          from: rule.from,
          to: rule.to,
          window: 1,
          mergeSoviet: rule.mergeSoviet,
          categories: [],
          q: '',
        }), select: (answer: TransfersResponse) => judgeOvertook(rule, answer, nameOf) },
        link: `/pairs?pairs=${rule.challenger}:${rule.recipient},${rule.incumbent}:${rule.recipient}&from=${rule.from - 5}&to=${rule.to + 5}`,
      };
    case 'deal':
      return {
        query: { ...getDealsQueryOptions(
          dealsFilters({ suppliers: [rule.supplier], recipients: [rule.recipient], q: rule.designation, pageSize: 100 }),
        ), select: (answer: DealsResponse) => judgeDeal(rule, answer, nameOf) },
        // The pair's chart of that weapon in units: the order in its year, the deliveries in theirs.
        link: `/pairs?pairs=${rule.supplier}:${rule.recipient}&weapon=${encodeURIComponent(rule.designation)}&measure=units&from=${rule.orderYear - 5}`,
      };
    case 'share-shift':
      return {
        query: { ...getSharesQueryOptions(shares({ recipient: rule.recipient, from: rule.before.from, to: rule.after.to })), select: (answer: SharesResponse) => judgeShareShift(rule, answer, nameOf) },
        link: `/shares?recipient=${rule.recipient}&from=${rule.before.from}&to=${rule.after.to}&pin=${rule.falling},${rule.partner}`,
      };
  }
}
