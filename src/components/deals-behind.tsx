import { Link } from 'react-router';
import { dealsFilters, useDeals } from '../api/get-deals.ts';
import { formatTiv } from '../domain/format.ts';
import { QueryStatus } from './query-status.tsx';

export interface Selection {
  /** What the user clicked, e.g. "Russia (incl. Soviet Union) → India, 2018". */
  title: string;
  suppliers: string[];
  recipients: string[];
  year: number;
}

const MAX_LISTED = 100;

/** The deals behind one value of the chart: what was delivered that year, largest first. */
export function DealsBehind({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const filters = dealsFilters({
    suppliers: selection.suppliers,
    recipients: selection.recipients,
    from: selection.year,
    to: selection.year,
    sort: 'tivDelivered:desc',
    pageSize: MAX_LISTED,
  });
  const query = useDeals(filters);
  return (
    <section className="deals-behind" aria-labelledby="deals-behind-title">
      <div className="deals-behind__head">
        <h2 id="deals-behind-title" tabIndex={-1}>
          Deals behind {selection.title}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <Link to={`/deals?${dealsLink(selection)}`}>Open these deals in the deals table</Link>
      </p>
      <QueryStatus query={query} label="the deals">
        {(answer) => {
          const rows = answer.deals
            .map((deal) => ({ deal, tiv: deal.yearly.find((y) => y.year === selection.year)?.tiv ?? 0 }))
            .sort((a, b) => b.tiv - a.tiv);
          if (!rows.length) return <p>No deliveries are recorded for this value.</p>;
          return (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  {answer.total} deal{answer.total === 1 ? '' : 's'} with deliveries in {selection.year}
                  {answer.total > MAX_LISTED ? `; the ${MAX_LISTED} largest by delivered TIV` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Supplier → recipient</th>
                    <th scope="col">Weapon</th>
                    <th scope="col">Ordered</th>
                    <th scope="col">Delivered (years)</th>
                    <th scope="col">TIV in {selection.year} (millions)</th>
                    <th scope="col">TIV of deal delivered (millions)</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ deal, tiv }) => (
                    <tr key={deal.id}>
                      <td>
                        {deal.supplierName} → {deal.recipientName}
                      </td>
                      <td>
                        <Link to={`/deals/${deal.id}`}>{deal.designation}</Link> <span className="muted">({deal.description})</span>
                      </td>
                      <td>
                        {deal.numberOrdered ?? 'unknown'} in {deal.orderYear}
                        {deal.orderYearEstimated ? '?' : ''}
                      </td>
                      <td>
                        {deal.numberDelivered ?? 'unknown'} ({deal.deliveryYears.join(', ')})
                      </td>
                      <td>{formatTiv(tiv)}</td>
                      <td>{deal.tivDelivered === null ? 'unknown' : formatTiv(deal.tivDelivered)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryStatus>
    </section>
  );
}

function dealsLink({ suppliers, recipients, year }: Selection): URLSearchParams {
  const search = new URLSearchParams({ from: String(year), to: String(year) });
  if (suppliers.length) search.set('supplier', suppliers.join(','));
  if (recipients.length) search.set('recipient', recipients.join(','));
  return search;
}
