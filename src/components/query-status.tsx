import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface Props<T> {
  query: UseQueryResult<T>;
  /** What is loading, e.g. "India's imports". */
  label: string;
  children: (data: T) => ReactNode;
  /** Marks the data busy though this query is not fetching (the view is about to change). */
  busy?: boolean;
  /** False where a status line of the page's own says how the query is going: the loading and error lines are then
   * not live regions of their own. */
  announce?: boolean;
}

/**
 * Loading, error-with-retry and data states for one query. While a refetch is under way the previous
 * data stays on screen, marked busy, so the view never flashes empty.
 */
export function QueryStatus<T>({ query, label, children, busy = false, announce = true }: Props<T>) {
  if (query.isPending) {
    return (
      <p className="status" role={announce ? 'status' : undefined}>
        Loading {label}…
      </p>
    );
  }
  if (query.isError && query.data === undefined) {
    return (
      <div className="status status--error" role={announce ? 'alert' : undefined}>
        <p>
          {label[0]?.toUpperCase()}
          {label.slice(1)} could not be loaded: {query.error.message}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div aria-busy={query.isFetching || busy} className={query.isPlaceholderData || busy ? 'stale' : undefined}>
      {query.data !== undefined && children(query.data)}
    </div>
  );
}
