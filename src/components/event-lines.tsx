import { ReferenceLine } from 'recharts';
import { EVENT_LABEL_ROW, type EventMark } from '../domain/event-marks.ts';

/**
 * Event markers for a yearly Recharts chart: a dashed line per year, labelled with the numbers of the list
 * under the chart, each label in its row (labelRows). Returned as elements, not a component, because Recharts
 * reads its children directly.
 */
export function eventLines(marks: readonly EventMark[], rows: readonly number[]) {
  return marks.map((mark, i) => (
    <ReferenceLine
      key={mark.year}
      x={mark.year}
      stroke="#444"
      strokeDasharray="2 3"
      ifOverflow="hidden"
      label={{ value: mark.numbers.join(','), position: 'top', offset: 5 + EVENT_LABEL_ROW * (rows[i] ?? 0), fill: '#222', fontSize: 12 }}
    />
  ));
}
