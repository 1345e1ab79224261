import type { StepTiming } from '../in-page.ts';
import type { Result } from '../report.ts';
import { median, percentile, round } from '../stats.ts';

const BUDGET_P95_MS = 50;

/**
 * p95 against the budget, with the median split into input → request, the API, and response → DOM; then, reported
 * beside it, the same steps to the end of the frame that draws them.
 */
export function latencyResults(measure: string, timings: readonly StepTiming[]): Result[] {
  const totals = timings.flatMap((t) => (t.total === null ? [] : [t.total]));
  const requests = timings.flatMap((t) => (t.request ? [t.request] : []));
  const mid = (values: number[]) => (values.length ? round(median(values)) : null);
  const painted = timings.flatMap((t) => (t.painted === null ? [] : [t.painted]));
  const inDom: Result = {
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
  const onScreen: Result = {
    measure: `${measure}, to the next paint, p95`,
    value: percentile(painted, 95),
    unit: 'ms',
    also: `median ${Math.round(median(painted))} ms`,
    detail: { samples: painted },
  };
  return [inDom, onScreen];
}
