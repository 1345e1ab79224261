import { ReferenceLine } from 'recharts';
import { EVENT_LABEL, EVENT_LABEL_ROW, EVENT_LINE, type EventMark } from '../domain/event-marks.ts';

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
      {...EVENT_LINE}
      ifOverflow="hidden"
      label={<EventLabel text={mark.numbers.join(',')} row={rows[i] ?? 0} />}
    />
  ));
}

interface EventLabelProps {
  text: string;
  row: number;
  /** The line's box, given by Recharts: its x and the plot's top. */
  viewBox?: { x: number; y: number };
}

/** A mark's numbers above the plot, `row` rows up; the line goes on up to a raised label (it stops at the plot). */
function EventLabel({ text, row, viewBox }: EventLabelProps) {
  if (!viewBox) return null;
  const { x, y } = viewBox;
  const raise = EVENT_LABEL_ROW * row;
  return (
    <g className="event-label">
      {raise > 0 && <line x1={x} x2={x} y1={y - raise} y2={y} {...EVENT_LINE} />}
      <text x={x} y={y - EVENT_LABEL.gap - raise} textAnchor="middle" fill={EVENT_LABEL.fill} fontSize={EVENT_LABEL.fontSize}>
        {text}
      </text>
    </g>
  );
}
