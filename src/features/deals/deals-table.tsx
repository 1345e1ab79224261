import { memo, useDeferredValue, useEffect, useRef, type MouseEvent } from 'react';
import type { DealDetail } from '../../api/contract.ts';
import { compactYears } from '../../domain/format.ts';
import { isPlainClick } from '../../lib/plain-click.ts';
import { Estimated, Tiv, Unknown } from '../../components/deal-cells.tsx';
import type { DealsView, SortField } from './deals-view.ts';

const COLUMNS: Array<{ field: SortField; label: string; numeric?: boolean }> = [
  { field: 'supplier', label: 'Supplier' },
  { field: 'recipient', label: 'Recipient' },
  { field: 'orderYear', label: 'Ordered', numeric: true },
  { field: 'numberOrdered', label: 'Number ordered', numeric: true },
  { field: 'designation', label: 'Designation' },
  { field: 'description', label: 'Description' },
  { field: 'category', label: 'Category' },
  { field: 'numberDelivered', label: 'Number delivered', numeric: true },
  { field: 'deliveryYears', label: 'Delivered in' },
  { field: 'status', label: 'Status' },
  { field: 'tivPerUnit', label: 'TIV per unit', numeric: true },
  { field: 'tivOrder', label: 'TIV of order', numeric: true },
  { field: 'tivDelivered', label: 'TIV delivered', numeric: true },
];

/** A column's heading, e.g. "TIV of order". */
export function columnLabel(field: SortField): string {
  return COLUMNS.find((column) => column.field === field)?.label ?? field;
}

/** The rows drawn at once: more than the desktop's scroll box (70vh) or a phone's screen shows. */
const ROWS_AT_ONCE = 25;

interface Props {
  deals: readonly DealDetail[];
  sortField: SortField;
  sortDirection: DealsView['sort']['direction'];
  onSort: (sort: DealsView['sort']) => void;
  caption: string;
  /** The deals route's href, with the app's base path: a deal's page is `${dealsHref}/${id}`. */
  dealsHref: string;
  onOpenDeal: (id: number) => void;
}

/**
 * One page of deals; sorting happens in the API, over every matching deal. Memoised: while the next
 * answer loads, a keystroke in the search box re-renders the page around an unchanged table.
 */
export const DealsTable = memo(function DealsTable({ deals, sortField, sortDirection, onSort, caption, dealsHref, onOpenDeal }: Props) {
  const sort = { field: sortField, direction: sortDirection };
  // New deals draw their first screen of rows with the count, and the rest in a render of their own just after (which
  // the next keystroke may interrupt): creating 50 new rows was half of a search keystroke's render.
  const deferredDeals = useDeferredValue(deals);
  const rows = deferredDeals === deals ? deals : deals.slice(0, ROWS_AT_ONCE);
  // Other deals (another page, search or sort) are shown from their first row: the desktop's scroll box goes back
  // to its top, and a table whose top is above the screen (a phone's cards, after Next page at their end) comes
  // into view. In the next frame, before its layout: done in the commit, it would lay out the new rows there, and
  // a keystroke in the search box would wait for it.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!box.current) return;
      box.current.scrollTop = 0;
      if (box.current.getBoundingClientRect().top < 0) box.current.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [deals]);
  // The deal links are plain anchors with this one handler: a router Link per row re-renders on every change of
  // the URL, so 50 of them would redraw with each keystroke in the search box.
  const openDeal = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-deal-id]');
    if (!link || !isPlainClick(event)) return;
    event.preventDefault();
    onOpenDeal(Number(link.dataset.dealId));
  };
  return (
    <div className="table-scroll deals-table" ref={box}>
      {/* The roles repeat the elements' own: on a phone the stylesheet draws the rows as cards (display: block),
          and some browsers (WebKit) then drop a table's semantics unless the roles are spelled out. */}
      <table className="data-table" role="table">
        <caption>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map(({ field, label, numeric }) => {
              const active = sort.field === field;
              const next = active && sort.direction === 'asc' ? 'desc' : active ? 'asc' : numeric ? 'desc' : 'asc';
              return (
                <th key={field} role="columnheader" scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" onClick={() => onSort({ field, direction: next })}>
                    {label}
                    <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup" onClick={openDeal}>
          {rows.map((deal) => (
            <DealRow key={deal.id} deal={deal} dealsHref={dealsHref} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * One deal. Memoised by id (a deal's figures do not change while the app runs): typing on narrows the search
 * and keeps many of the same deals on the page, which then keep their rows as they are.
 */
const DealRow = memo(
  function DealRow({ deal, dealsHref }: { deal: DealDetail; dealsHref: string }) {
    return (
      <tr role="row">
        <td role="cell">{deal.supplierName}</td>
        <td role="cell">{deal.recipientName}</td>
        <td role="cell" className="num">
          <Estimated value={deal.orderYear} estimated={deal.orderYearEstimated} />
        </td>
        <td role="cell" className="num">
          <Estimated value={deal.numberOrdered} estimated={deal.numberOrderedEstimated} />
        </td>
        <td role="cell">
          <a href={`${dealsHref}/${deal.id}`} data-deal-id={deal.id}>
            {deal.designation}
          </a>
        </td>
        <td role="cell">{deal.description}</td>
        <td role="cell">{deal.category}</td>
        <td role="cell" className="num">
          <Estimated value={deal.numberDelivered} estimated={deal.numberDeliveredEstimated} />
        </td>
        <td role="cell">{deal.deliveryYears.length ? compactYears(deal.deliveryYears) : <Unknown />}</td>
        <td role="cell">{deal.status}</td>
        <td role="cell" className="num">
          <Tiv value={deal.tivPerUnit} />
        </td>
        <td role="cell" className="num">
          <Tiv value={deal.tivOrder} />
        </td>
        <td role="cell" className="num">
          <Tiv value={deal.tivDelivered} />
        </td>
      </tr>
    );
  },
  (before, after) => before.deal.id === after.deal.id && before.dealsHref === after.dealsHref,
);
