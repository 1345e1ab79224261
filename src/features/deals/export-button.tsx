import { useState } from 'react';
import { getDealsCsv } from '../../api/get-deals-csv.ts';
import type { DealsFilters } from '../../api/get-deals.ts';
import { formatDeals } from '../../domain/format.ts';
import { downloadBlob } from '../../lib/download.ts';

interface Props {
  filters: DealsFilters;
  total: number;
  fileName: string;
}

type State = { status: 'idle' } | { status: 'working' } | { status: 'done' } | { status: 'error'; message: string };

/**
 * Downloads every deal that matches the filters, not only the page on screen, as the API's CSV export. While it
 * works the button stays focusable (aria-disabled, not disabled: a disabled button would drop the focus to the
 * page), and a status line that is always there says what it is doing and when the file is handed to the browser.
 * Keyed by its file name where it is used, so that other deals start it afresh.
 */
export function ExportButton({ filters, total, fileName }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const working = state.status === 'working';
  const run = async () => {
    if (working) return;
    setState({ status: 'working' });
    try {
      downloadBlob(await getDealsCsv(filters), fileName);
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="export">
      <button type="button" onClick={() => void run()} aria-disabled={working || undefined} disabled={total === 0}>
        Download CSV ({formatDeals(total)})
      </button>
      <span role="status">
        {working && 'Preparing the CSV…'}
        {state.status === 'done' && `Downloading ${fileName} (${formatDeals(total)}).`}
      </span>
      {state.status === 'error' && <span role="alert">The CSV could not be made: {state.message}</span>}
    </div>
  );
}
