import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { countryFolder } from '../../core/soviet-merge.ts';
import { dealsFilters, useDeals } from '../api/get-deals.ts';
import { compactYears, formatCount, formatDeals, formatTiv, formatTivExact, formatYears } from '../domain/format.ts';
import { weaponText, type WeaponLens } from '../domain/weapon-lens.ts';
import { Estimated } from './deal-cells.tsx';
import { QueryStatus } from './query-status.tsx';

export interface Selection {
  /** What the user clicked, naming the weapons counted, e.g. "Russia (incl. Soviet Union) → India, 2018 (Aircraft only)". */
  title: string;
  suppliers: string[];
  recipients: string[];
  /** The view's own choice: Russia with the Soviet Union, carried into the deals table it links to. */
  mergeSoviet: boolean;
  /** The years the value covers: one, the five of a rolling five-year sum, or a period. */
  from: number;
  to: number;
  /** The weapons the value counts; the deals listed are those it matches. */
  lens: WeaponLens;
  /**
   * A region's value (suppliers and recipients then empty): the deals whose supplier or recipient is in the region, as
   * the API's region filter finds them; what the region holds is said above them ("Deliveries to the 52 recipients
   * SIPRI places in Europe") with the names.
   */
  region?: { side: 'supplier' | 'recipient'; id: string; summary: string; members: readonly string[] };
}

const MAX_LISTED = 100;

/**
 * The deals behind one value of a chart or table: what was delivered in its years, largest first. It takes the
 * focus when it opens (so it scrolls into view and a screen reader reads its heading); Escape or Close give the
 * focus back to what opened it.
 */
export function DealsBehind({ selection, onClose }: { selection: Selection; onClose: () => void }) {
  const { from, to } = selection;
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !heading.current?.closest('section')?.contains(active)) {
      opener.current = active;
    }
    // Its top at the top of the window: focus alone scrolls only as far as the heading's bottom line.
    heading.current?.focus({ preventScroll: true });
    heading.current?.closest('section')?.scrollIntoView?.({ block: 'start' });
  }, [selection]);
  const close = () => {
    onClose();
    if (opener.current?.isConnected) opener.current.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  const filters = dealsFilters({
    suppliers: selection.suppliers,
    recipients: selection.recipients,
    ...regionFilters(selection),
    categories: selection.lens.categories,
    q: weaponText(selection.lens),
    from,
    to,
    sort: 'tivDelivered:desc',
    pageSize: MAX_LISTED,
    mergeSoviet: selection.mergeSoviet,
  });
  const query = useDeals(filters);
  const years = formatYears(from, to);
  const pair = pairsLink(selection);
  return (
    <section className="deals-behind" aria-labelledby="deals-behind-title" onKeyDown={onKeyDown}>
      <div className="deals-behind__head">
        <h2 id="deals-behind-title" tabIndex={-1} ref={heading}>
          Deals behind {selection.title}
        </h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <p>
        <Link to={`/deals?${dealsLink(selection)}`}>Open these deals in the deals table</Link>
        {pair && (
          <>
            {' · '}
            <Link to={`/pairs?${pair}`}>Compare this pair year by year</Link>
          </>
        )}
      </p>
      {selection.region && (
        <details className="deals-behind__members">
          <summary>{selection.region.summary}</summary>
          <p>{selection.region.members.join(', ')}.</p>
        </details>
      )}
      <QueryStatus query={query} label="the deals">
        {(answer) => {
          const rows = answer.deals
            .map((deal) => ({
              deal,
              tiv: deal.yearly.filter((y) => y.year >= from && y.year <= to).reduce((sum, y) => sum + y.tiv, 0),
            }))
            .sort((a, b) => b.tiv - a.tiv);
          if (!rows.length) return <p>No deliveries are recorded for this value.</p>;
          return (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  {formatDeals(answer.total)} with deliveries in {years}
                  {answer.total > MAX_LISTED ? `; the ${MAX_LISTED} largest by delivered TIV` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Supplier → recipient</th>
                    <th scope="col">Weapon</th>
                    <th scope="col">Ordered</th>
                    <th scope="col">Delivered (years)</th>
                    <th scope="col" className="num">
                      TIV in {years} (millions)
                    </th>
                    <th scope="col" className="num">
                      TIV of deal delivered (millions)
                    </th>
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
                        {deal.numberOrdered === null ? 'unknown' : formatCount(deal.numberOrdered)} in{' '}
                        <Estimated value={deal.orderYear} estimated={deal.orderYearEstimated} />
                      </td>
                      <td>
                        {deal.numberDelivered === null ? 'unknown' : formatCount(deal.numberDelivered)} ({compactYears(deal.deliveryYears)})
                      </td>
                      <td className="num">{formatTiv(tiv)}</td>
                      <td className="num">{deal.tivDelivered === null ? 'unknown' : formatTivExact(deal.tivDelivered)}</td>
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

function regionFilters({ region }: Selection): { supplierRegions: string[]; recipientRegions: string[] } {
  return { supplierRegions: region?.side === 'supplier' ? [region.id] : [], recipientRegions: region?.side === 'recipient' ? [region.id] : [] };
}

/** The same deals in /deals, whose `category` and `q` mean what the lens's do. */
function dealsLink({ suppliers, recipients, region, from, to, lens, mergeSoviet }: Selection): URLSearchParams {
  const search = new URLSearchParams({ from: String(from), to: String(to) });
  // With the Soviet Union folded into Russia, /deals finds its deals under Russia alone.
  const ids = (list: readonly string[]) => [...new Set(list.map(countryFolder(mergeSoviet)))].join(',');
  if (suppliers.length) search.set('supplier', ids(suppliers));
  if (recipients.length) search.set('recipient', ids(recipients));
  if (region) search.set(`${region.side}Region`, region.id);
  if (lens.categories.length) search.set('category', lens.categories.join(','));
  if (weaponText(lens)) search.set('q', weaponText(lens));
  if (mergeSoviet) search.set('ussr', 'together');
  return search;
}

/**
 * The pair view of a value's supplier and recipient, when it has one of each (Russia with the Soviet Union counts as
 * one, as the pair view draws them); null for a world ranking's value, which has no pair.
 */
export function pairsLink({ suppliers, recipients }: Pick<Selection, 'suppliers' | 'recipients'>): URLSearchParams | null {
  const together = (ids: readonly string[]) => ids.length === 2 && ids.includes('RUS') && ids.includes('SUN');
  const one = (ids: readonly string[]) => (ids.length === 1 ? ids[0] : together(ids) ? 'RUS' : undefined);
  const supplier = one(suppliers);
  const recipient = one(recipients);
  if (!supplier || !recipient) return null;
  const search = new URLSearchParams({ pairs: `${supplier}:${recipient}` });
  // The pair view draws the Soviet Union with Russia unless told otherwise.
  const soviet = [supplier, recipient].some((id) => id === 'RUS' || id === 'SUN');
  if (soviet && !together(suppliers) && !together(recipients)) search.set('ussr', 'separate');
  return search;
}
