import type { TimelineEvent } from '../api/contract.ts';
import { citeSource, formatEventDate } from '../domain/event-marks.ts';

/**
 * The events marked on a chart, numbered as its markers are, with their sources; with none, `none` says so where the
 * list would be (a "Show events" switch that changes nothing must say why).
 */
export function EventList({ events, none = null }: { events: readonly TimelineEvent[]; none?: string | null }) {
  if (!events.length) return none ? <p className="event-list event-list--none muted">{none}</p> : null;
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">Events on this timeline</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <strong>{formatEventDate(event.date)}:</strong> {event.text}{' '}
            <span className="muted">({citeSource(event.source)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
