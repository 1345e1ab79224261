import { useState } from 'react';
import { getDealsCsv } from '../../api/get-deals-csv.ts';
import type { DealsFilters } from '../../api/get-deals.ts';
import { CSV_MIME } from '../../domain/csv.ts';
import { formatCount } from '../../domain/format.ts';
import { downloadText } from '../../lib/download.ts';

interface Props {
  filters: DealsFilters;
  total: number;
  fileName: string;
}

type State = { status: 'idle' } | { status: 'working' } | { status: 'error'; message: string };

/** Downloads every deal that matches the filters, not only the page on screen, as the API's CSV export. */
export function ExportButton({ filters, total, fileName }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'working' });
    try {
      downloadText(await getDealsCsv(filters), fileName, CSV_MIME);
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="export">
      <button type="button" onClick={() => void run()} disabled={state.status === 'working' || total === 0}>
        Download CSV ({formatCount(total)} deal{total === 1 ? '' : 's'})
      </button>
      {state.status === 'working' && <span role="status">Preparing the CSV…</span>}
      {state.status === 'error' && <span role="alert">The CSV could not be made: {state.message}</span>}
    </div>
  );
}
