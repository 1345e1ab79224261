import { z } from '../zod.ts';
import type { ClaimsResponse, EventsResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { countryId, list, parseQuery, perDataset, resolveYears, yearRange } from '../query-params.ts';

/** Events and claims: small hand-written, versioned files beside the dataset, validated when loaded. */

const date = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'));
const source = z.object({ outlet: z.nullable(z.string()), title: z.string(), date });

export const eventsFileSchema = z.object({
  format: z.literal('arms-transfer-tracker/events'),
  version: z.literal(1),
  note: z.string(),
  events: z.array(z.object({ id: z.string(), date, countries: z.array(z.string()).check(z.minLength(1)), text: z.string(), source })),
});

const years = z.object({ from: z.int(), to: z.int() });
export const ruleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('peak-share'), recipient: z.string(), supplier: z.string(), mergeSoviet: z.boolean(), from: z.int(), to: z.int(), claimed: z.number(), tolerance: z.number() }),
  z.object({ type: z.literal('recipient-rank'), supplier: z.string(), recipient: z.string(), from: z.int(), to: z.int(), claimedRank: z.int(), claimedIn: z.string() }),
  z.object({ type: z.literal('overtook'), recipient: z.string(), challenger: z.string(), incumbent: z.string(), mergeSoviet: z.boolean(), from: z.int(), to: z.int(), claimedIn: z.nullable(z.string()) }),
  z.object({ type: z.literal('deal'), supplier: z.string(), recipient: z.string(), designation: z.string(), orderYear: z.int(), numberOrdered: z.int() }),
  z.object({ type: z.literal('share-shift'), recipient: z.string(), falling: z.string(), partner: z.string(), before: years, after: years, later: z.nullable(years) }),
]);
type Rule = z.infer<typeof ruleSchema>;

/** The last year whose data a rule judges the claim on (its `later` years are shown apart, not judged). */
export function lastJudgedYear(rule: Rule): number {
  switch (rule.type) {
    case 'deal':
      return rule.orderYear;
    case 'share-shift':
      return Math.max(rule.before.to, rule.after.to);
    default:
      return rule.to;
  }
}

const claimSchema = z
  .object({ id: z.string(), claim: z.string(), saidBy: z.string(), date, sources: z.array(source).check(z.minLength(1)), rule: ruleSchema })
  .check(
    // A claim about the present is judged on the data up to its date, not on what came after, which `later` shows.
    z.refine((claim) => lastJudgedYear(claim.rule) <= Number(claim.date.slice(0, 4)), {
      error: 'a claim is judged on the years up to its date; later years go in the rule’s `later`',
    }),
    z.refine((claim) => claim.rule.type !== 'share-shift' || !claim.rule.later || claim.rule.later.from > Number(claim.date.slice(0, 4)), {
      error: 'a rule’s `later` years come after the claim’s date',
    }),
  );

export const claimsFileSchema = z.object({
  format: z.literal('arms-transfer-tracker/claims'),
  version: z.literal(3),
  note: z.string(),
  claims: z.array(claimSchema),
});

export type EventsFile = z.infer<typeof eventsFileSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;

export interface Stories {
  events: EventsFile;
  claims: ClaimsFile;
}

export interface EventsQuery {
  countries: string[];
  from: number;
  to: number;
}

export const eventsSchema = perDataset((dataset) =>
  z.strictObject({ country: z.optional(list('country', countryId(dataset, 'country'))), ...yearRange(dataset.firstYear, dataset.lastYear) }),
);

export function parseEventsQuery(dataset: Dataset, search: URLSearchParams): EventsQuery {
  const q = parseQuery(eventsSchema(dataset), search);
  return { countries: q.country ?? [], ...resolveYears(q, dataset.firstYear, dataset.lastYear) };
}

/** Events in the years asked for that involve any of the countries asked for (all events when none). */
export function listEvents(file: EventsFile, query: EventsQuery): EventsResponse {
  const events = file.events
    .filter((event) => {
      const year = Number(event.date.slice(0, 4));
      return year >= query.from && year <= query.to && (!query.countries.length || event.countries.some((c) => query.countries.includes(c)));
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return { version: file.version, events };
}

export function listClaims(file: ClaimsFile): ClaimsResponse {
  return { version: file.version, claims: file.claims };
}
