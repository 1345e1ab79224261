import { Link } from 'react-router';
import type { DealDetail as Deal, Meta } from '../../api/contract.ts';
import { dealTimingNote } from '../../domain/allocation-notes.ts';
import { compactYears, formatTiv } from '../../domain/format.ts';
import { Estimated, Tiv } from '../../components/deal-cells.tsx';

/** One deal in full: its flags, comments, and how its delivered TIV was allocated to years. */
export function DealDetail({ deal, meta }: { deal: Deal; meta: Meta }) {
  const pair = new URLSearchParams({ supplier: deal.supplier, recipient: deal.recipient });
  // A Soviet deal's links keep the Soviet Union apart from Russia, as the links' names say.
  const apart: Record<string, string> = deal.supplier === 'SUN' || deal.recipient === 'SUN' ? { ussr: 'separate' } : {};
  const pairs = new URLSearchParams({ pairs: `${deal.supplier}:${deal.recipient}`, ...apart });
  const share = new URLSearchParams({ recipient: deal.recipient, pin: deal.supplier, ...apart });
  return (
    <article className="deal-detail">
      <p>
        <Link to={`/deals?${pair}`}>
          All deals {deal.supplierName} → {deal.recipientName}
        </Link>
      </p>
      <h1>
        {deal.designation} <span className="muted">({deal.description})</span>
      </h1>
      <p className="deal-detail__pair">
        {deal.supplierName} → {deal.recipientName}
      </p>
      <dl className="facts">
        <dt>Armament category</dt>
        <dd>{deal.category}</dd>
        <dt>Year of order</dt>
        <dd>
          <Estimated value={deal.orderYear} estimated={deal.orderYearEstimated} />
        </dd>
        <dt>Number ordered</dt>
        <dd>
          <Estimated value={deal.numberOrdered} estimated={deal.numberOrderedEstimated} />
        </dd>
        <dt>Number delivered</dt>
        <dd>
          <Estimated value={deal.numberDelivered} estimated={deal.numberDeliveredEstimated} />
        </dd>
        <dt>Years of delivery</dt>
        <dd>{deal.deliveryYears.length ? compactYears(deal.deliveryYears) : 'none yet'}</dd>
        <dt>Status</dt>
        <dd>{deal.status}</dd>
        <dt>TIV per unit (millions)</dt>
        <dd>
          <Tiv value={deal.tivPerUnit} />
        </dd>
        <dt>TIV of the order (millions)</dt>
        <dd>
          <Tiv value={deal.tivOrder} />
        </dd>
        <dt>TIV delivered (millions)</dt>
        <dd>
          <Tiv value={deal.tivDelivered} />
        </dd>
        <dt>SIPRI’s comments</dt>
        <dd>{deal.comments || 'none'}</dd>
      </dl>
      {(deal.orderYearEstimated || deal.numberOrderedEstimated || deal.numberDeliveredEstimated) && (
        <p className="table-note">
          <abbr title="SIPRI estimate">?</abbr> marks a figure SIPRI gives as an estimate.
        </p>
      )}
      {deal.yearly.length > 0 && (
        <section aria-labelledby="allocation-title">
          <h2 id="allocation-title">Delivered TIV by year</h2>
          <p>{dealTimingNote(deal, meta.allocation)}</p>
          <table className="data-table">
            <caption className="visually-hidden">TIV delivered per year (millions)</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">TIV (millions)</th>
              </tr>
            </thead>
            <tbody>
              {deal.yearly.map(({ year, tiv }) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td>{formatTiv(tiv)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>How yearly values are made</summary>
            <p>{meta.allocation.method}</p>
          </details>
        </section>
      )}
      <ul className="deal-detail__links">
        <li>
          <Link to={`/pairs?${pairs}`}>
            {deal.supplierName} → {deal.recipientName} year by year: deliveries and orders
          </Link>
        </li>
        <li>
          <Link to={`/shares?${share}`}>
            {deal.supplierName}’s share of {deal.recipientName}’s arms imports
          </Link>
        </li>
      </ul>
    </article>
  );
}
