import type { StepTiming } from '../in-page.ts';
import type { Result } from '../report.ts';
import { median, percentile, round } from '../stats.ts';

const BUDGET_P95_MS = 50;

/** p95 against the budget, with the median split into input → request, the API, and response → DOM. */
export function latencyResult(measure: string, timings: readonly StepTiming[]): Result {
  const totals = timings.flatMap((t) => (t.total === null ? [] : [t.total]));
  const requests = timings.flatMap((t) => (t.request ? [t.request] : []));
  const mid = (values: number[]) => (values.length ? round(median(values)) : null);
  return {
    measure: `${measure}, p95`,
    value: percentile(totals, 95),
    unit: 'ms',
    budget: BUDGET_P95_MS,
    also: `median ${Math.round(median(totals))} ms, n=${totals.length}`,
    detail: {
      samples: totals.map((t) => round(t)),
      medianBreakdown: {
        beforeRequest: mid(requests.map((r) => r.beforeRequest)),
        inRequest: mid(requests.map((r) => r.inRequest)),
        afterResponse: mid(requests.flatMap((r) => (r.afterResponse === null ? [] : [r.afterResponse]))),
      },
      p95InRequest: requests.length ? round(percentile(requests.map((r) => r.inRequest), 95)) : null,
      steps: timings,
    },
  };
}
