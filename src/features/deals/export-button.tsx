import { useState } from 'react';
import type { DealsFilters } from '../../api/get-deals.ts';
import { CSV_MIME, toCsv } from '../../domain/csv.ts';
import { downloadText } from '../../lib/download.ts';
import { DEALS_CSV_HEADER, dealCsvRow } from './deals-csv.ts';
import { fetchAllDeals, type ExportProgress } from './export-deals.ts';

interface Props {
  filters: DealsFilters;
  total: number;
  fileName: string;
  source: string;
}

type State = { status: 'idle' } | { status: 'working'; progress: ExportProgress | null } | { status: 'error'; message: string };

/** Downloads every deal that matches the filters, page by page through the API, with progress. */
export function ExportButton({ filters, total, fileName, source }: Props) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const run = async () => {
    setState({ status: 'working', progress: null });
    try {
      const deals = await fetchAllDeals(filters, (progress) => setState({ status: 'working', progress }));
      downloadText(toCsv(DEALS_CSV_HEADER, deals.map((deal) => dealCsvRow(deal, source))), fileName, CSV_MIME);
      setState({ status: 'idle' });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="export">
      <button type="button" onClick={() => void run()} disabled={state.status === 'working' || total === 0}>
        Download CSV ({total.toLocaleString('en')} deal{total === 1 ? '' : 's'})
      </button>
      {state.status === 'working' && (
        <span role="status">
          Preparing the CSV… {state.progress ? `${state.progress.loaded.toLocaleString('en')} of ${state.progress.total.toLocaleString('en')} deals` : ''}
          {state.progress && <progress max={state.progress.total} value={state.progress.loaded} />}
        </span>
      )}
      {state.status === 'error' && <span role="alert">The CSV could not be made: {state.message}</span>}
    </div>
  );
}
