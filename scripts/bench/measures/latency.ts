import type { StepTiming } from '../in-page.ts';
import type { Result, Sample } from '../report.ts';
import { median, percentile, round } from '../stats.ts';

/**
 * p95 against the budget, with the median split into input → request, the API, and response → DOM; then, reported
 * beside it, the same steps to the end of the frame that draws them. One list of timings per site.
 */
export function latencyResults(measure: string, budgetP95Ms: number, bySite: readonly (readonly StepTiming[])[]): Result[] {
  const mid = (values: number[]) => (values.length ? round(median(values)) : null);
  const inDom = (timings: readonly StepTiming[]): Sample => {
    const totals = timings.flatMap((t) => (t.total === null ? [] : [t.total]));
    const requests = timings.flatMap((t) => (t.request ? [t.request] : []));
    return {
      value: percentile(totals, 95),
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
  };
  const onScreen = (timings: readonly StepTiming[]): Sample => {
    const painted = timings.flatMap((t) => (t.painted === null ? [] : [t.painted]));
    return { value: percentile(painted, 95), also: `median ${Math.round(median(painted))} ms`, detail: { samples: painted } };
  };
  return [
    { measure: `${measure}, p95`, unit: 'ms', budget: budgetP95Ms, samples: bySite.map(inDom) },
    { measure: `${measure}, to the next paint, p95`, unit: 'ms', samples: bySite.map(onScreen) },
  ];
}
