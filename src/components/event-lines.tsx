import { ReferenceLine } from 'recharts';
import type { EventMark } from '../domain/event-marks.ts';

/**
 * Event markers for a yearly Recharts chart: a dashed line per year, labelled with the numbers of the list
 * under the chart. Returned as elements, not a component, because Recharts reads its children directly.
 */
export function eventLines(marks: readonly EventMark[]) {
  return marks.map((mark) => (
    <ReferenceLine
      key={mark.year}
      x={mark.year}
      stroke="#444"
      strokeDasharray="2 3"
      ifOverflow="hidden"
      label={{ value: mark.numbers.join(','), position: 'top', fill: '#222', fontSize: 12 }}
    />
  ));
}
