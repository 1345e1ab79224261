import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useHref, useNavigate, useSearchParams } from 'react-router';
import type { CountrySummary, Meta } from '../../api/contract.ts';
import { getDealsQueryOptions, useDeals } from '../../api/get-deals.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { UrlNotice } from '../../components/url-notice.tsx';
import { useLiveRouter } from '../../lib/live-router.ts';
import { useStableCallback } from '../../lib/use-stable-callback.ts';
import { useAheadOfUrl } from '../../lib/use-ahead-of-url.ts';
import { fileName } from '../../domain/file-name.ts';
import { formatCount, formatDeals, formatTiv, formatYears } from '../../domain/format.ts';
import { countryNamer } from '../../domain/country-names.ts';
import { DealsFilters } from './deals-filters.tsx';
import { DealsTable, columnLabel } from './deals-table.tsx';
import {
  DEFAULT_DEALS_VIEW,
  PAGE_SIZES,
  dealsFilters,
  dealsViewContext,
  dealsViewSearch,
  firstYearOf,
  hasFilters,
  parseDealsView,
  withFilters,
  withSovietMerged,
  type DealsView,
} from './deals-view.ts';
import { ExportButton } from './export-button.tsx';
import { useSearchAhead } from './use-search-ahead.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { dealsFileNameParts, dealsPageText } from './deals-text.ts';
import { useAnnouncement } from '../../lib/use-announcement.ts';

/** How long the search or the filters must rest before a screen reader hears the number of matching deals. */
const MATCHES_NEWS_DELAY_MS = 1000;

interface Props {
  meta: Meta;
  countries: readonly CountrySummary[];
}

/** /deals: the Trade Register as a filterable, sortable, paged table; every setting in the URL. */
export function DealsExplorer({ meta, countries }: Props) {
  const [searchParams, setSearchParams] = useSearchParams();
  const context = useMemo(() => dealsViewContext(meta, countries), [countries, meta]);
  const { view: urlView, notices } = useMemo(() => parseDealsView(searchParams, context), [searchParams, context]);
  // A search's answer is drawn ahead of the URL, which takes its text once the answers rest.
  const searchAhead = useAheadOfUrl<DealsView>(dealsViewSearch);
  const view = searchAhead.value ?? urlView;
  const queryClient = useQueryClient();
  const { search, searching, currentView, endWait } = useSearchAhead(view, searchAhead.move);
  /**
   * Every change renders at once, not in a transition, so that no keystroke in the search box falls before a
   * change is drawn. `sliding`: a slider step, which replaces the history entry.
   */
  const show = (next: (current: DealsView) => DealsView, sliding = false) => {
    const view = next(currentView());
    endWait();
    // Ask for the next view's deals now rather than after React has rendered it: request and render overlap.
    void queryClient.prefetchQuery(getDealsQueryOptions(dealsFilters(view)));
    setSearchParams(dealsViewSearch(view), { replace: sliding, flushSync: true });
  };
  // Clear all and the pager's ends take away the button just pressed (it goes, or is disabled): the focus then
  // moves to the sentence that says what is shown, not to the page's top. An enabled pager button keeps it, for
  // the next page.
  const results = useRef<HTMLParagraphElement>(null);
  const keepFocus = useRef(false);
  const showFromButton = (next: (current: DealsView) => DealsView) => {
    keepFocus.current = true;
    show(next);
  };
  // What a screen reader hears in the page's status line: which deals a new page shows, or how many deals match.
  const [news, announce] = useAnnouncement();
  // With the focus kept on the pager or a column's heading, a screen reader hears which deals the new page or the new
  // order shows, once they are in.
  const moved = useRef<'page' | 'sort' | null>(null);
  const showPage = (step: 1 | -1) => {
    moved.current = 'page';
    showFromButton((current) => ({ ...current, page: current.page + step }));
  };
  useLayoutEffect(() => {
    if (!keepFocus.current || !results.current) return; // from "No deals match", once the deals are shown
    keepFocus.current = false;
    const focused = document.activeElement;
    if (!focused || focused === document.body || (focused as HTMLButtonElement).disabled) results.current.focus();
  });
  // Clearing the filters keeps how the deals are listed: the sort and the page size.
  const clearFilters = () => showFromButton((current) => ({ ...DEFAULT_DEALS_VIEW, sort: current.sort, pageSize: current.pageSize }));
  // Stable, so that the memoised filters and table skip the renders that do not change them: React Query renders
  // the view a second time as its observer moves to the new query.
  const sortBy = useStableCallback((sort: DealsView['sort']) => {
    moved.current = 'sort';
    show((current) => ({ ...current, sort, page: 1 }));
  });
  const changeFilters = useStableCallback((patch: Partial<DealsView>, sliding?: boolean) =>
    show((current) => withFilters(current, patch), sliding),
  );
  const mergeSoviet = useStableCallback((merge: boolean) => show((current) => withSovietMerged(current, merge)));
  // While a search waits, the URL keeps the text it has: the answer moves it on.
  const searchFor = useStableCallback((q: string) => {
    searchAhead.hold();
    search(q);
  });
  const navigate = useNavigate();
  const openDeal = useStableCallback((id: number) => void navigate(`/deals/${id}`));
  const dealsHref = useHref('/deals');
  const filters = dealsFilters(view);
  const query = useDeals(filters);
  const nameOf = useMemo(() => countryNamer(countries, view.mergeSoviet), [countries, view.mergeSoviet]);
  const firstYear = firstYearOf(view.yearOf, context);
  const text = dealsPageText(view, nameOf, firstYear, meta.lastYear, meta.source.release);
  usePageTitle(text.title, text.description);
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / view.pageSize)) : null;
  // Once the deals are in, a screen reader hears which deals a new page shows; and how many deals match once the
  // search or the filters have settled: not at each answer, which would be read over the typing, nor for the
  // page's first answer, which the summary already says.
  const selection = JSON.stringify({ ...filters, sort: null, page: null, pageSize: null });
  const announced = useRef<string | null>(null);
  useEffect(() => {
    if (query.isError) moved.current = null; // the error says what happened
    if (!query.data || query.isPlaceholderData) return;
    const { total } = query.data;
    if (moved.current) {
      const { field, direction } = view.sort;
      const order = moved.current === 'sort' ? `Sorted by ${columnLabel(field)}, ${direction === 'asc' ? 'ascending' : 'descending'}. ` : '';
      moved.current = null;
      announced.current = selection;
      announce(`${order}Showing ${shownRange(view, total)}.`);
      return;
    }
    if (announced.current === selection) return;
    if (announced.current === null) {
      announced.current = selection;
      return;
    }
    const timer = setTimeout(() => {
      announced.current = selection;
      announce(total === 0 ? 'No deals match these filters.' : `${formatDeals(total)} ${total === 1 ? 'matches' : 'match'}.`);
    }, MATCHES_NEWS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [selection, query.data, query.isPlaceholderData, query.isError, view, announce]);
  const router = useLiveRouter();

  // A link to a page past the end (a shared or hand-edited URL) lands on the last page, and says so; not while a
  // search waits (currentView() is then another view), which starts again at page 1. The notice of a bad link
  // stays: from this render's URL, or from the history entry, where it may have landed after this render.
  useEffect(() => {
    if (lastPage !== null && view.page > lastPage && !query.isPlaceholderData && currentView() === view) {
      const earlier = notices.length ? notices : ((router.state.location.state as { notices?: string[] } | null)?.notices ?? []);
      const pages = lastPage === 1 ? 'is 1 page' : `are ${formatCount(lastPage)} pages`;
      const state = { notices: [...earlier, `Ignored page=“${view.page}”: there ${pages} of deals; the last is shown.`] };
      setSearchParams(dealsViewSearch({ ...view, page: lastPage }), { replace: true, state });
    }
  }, [lastPage, view, notices, query.isPlaceholderData, currentView, setSearchParams, router]);

  return (
    <>
      <h1>Deals: the SIPRI Trade Register</h1>
      <UrlNotice notices={notices} cleanSearch={dealsViewSearch(view)} />
      <DealsFilters
        view={view}
        meta={meta}
        countries={countries}
        summary={text.summary}
        facets={query.data?.facets}
        onChange={changeFilters}
        onSearch={searchFor}
        onMergeSoviet={mergeSoviet}
      />
      <QueryStatus query={query} label="the deals" busy={searching}>
        {(answer) => {
          const pages = Math.max(1, Math.ceil(answer.total / view.pageSize));
          if (answer.total === 0) {
            return (
              <div className="empty">
                <p>No deals match these filters.</p>
                <button type="button" onClick={clearFilters}>
                  Clear all filters
                </button>
              </div>
            );
          }
          const exportName = fileName(dealsFileNameParts(view, nameOf, firstYear, meta.lastYear, meta.source.release), 'csv');
          return (
            <>
              <div className="deals-summary">
                <p ref={results} tabIndex={-1}>
                  <strong>{formatCount(answer.total)}</strong> deal{answer.total === 1 ? '' : 's'};{' '}
                  {formatTiv(answer.summary.tivDelivered)} TIV (millions) delivered
                  {view.yearOf === 'delivery' && (view.from !== null || view.to !== null)
                    ? ` in ${formatYears(view.from ?? firstYear, view.to ?? meta.lastYear)}`
                    : ''}
                  .{russiaNote(view)}
                </p>
                <p>
                  Orders pipeline: {formatTiv(answer.summary.tivPending)} TIV (millions) ordered but not yet delivered, in{' '}
                  {formatDeals(answer.summary.dealsPending)}.
                </p>
                {hasFilters(view) && (
                  <button type="button" onClick={clearFilters}>
                    Clear all filters
                  </button>
                )}
              </div>
              {/* Keyed by its file: for other deals, what it said of the last export goes. */}
              <ExportButton key={exportName} filters={filters} total={answer.total} fileName={exportName} />
              <p className="table-note">
                TIV is SIPRI’s trend-indicator value in millions, a volume index, not US dollars. <abbr title="SIPRI estimate">?</abbr>{' '}
                marks SIPRI’s estimates; – marks a figure SIPRI does not know (not zero). A name ending in * is a
                non-state actor, such as an armed group, and in ** an international organisation, as SIPRI marks them.
              </p>
              <DealsTable
                deals={answer.deals}
                sortField={view.sort.field}
                sortDirection={view.sort.direction}
                onSort={sortBy}
                dealsHref={dealsHref}
                onOpenDeal={openDeal}
                caption={shownRange(view, answer.total)}
              />
              <nav className="pager" aria-label="Pages">
                <button type="button" disabled={view.page <= 1} onClick={() => showPage(-1)}>
                  Previous page
                </button>
                <span>
                  Page {Math.min(view.page, pages)} of {pages}
                </span>
                <button type="button" disabled={view.page >= pages} onClick={() => showPage(1)}>
                  Next page
                </button>
                <label>
                  Deals per page{' '}
                  <select value={view.pageSize} onChange={(event) => show((current) => ({ ...current, pageSize: Number(event.target.value), page: 1 }))}>
                    {PAGE_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </label>
              </nav>
            </>
          );
        }}
      </QueryStatus>
      <p role="status" className="visually-hidden" id="deals-news">
        {news}
      </p>
    </>
  );
}

/** "Deals 51–100 of 29,916": which deals a page shows. */
function shownRange({ page, pageSize }: DealsView, total: number): string {
  return `Deals ${formatCount((page - 1) * pageSize + 1)}–${formatCount(Math.min(page * pageSize, total))} of ${formatCount(total)}`;
}

/**
 * Beside the totals, what "Russia" counts where it is chosen, since the charts take the Soviet Union with it by
 * default and the register, as SIPRI, does not.
 */
function russiaNote({ suppliers, recipients, mergeSoviet }: DealsView): string {
  if (![...suppliers, ...recipients].includes('RUS')) return '';
  return mergeSoviet
    ? ' Russia includes the Soviet Union (its deals up to 1991), as on the charts.'
    : ' Russia alone: the Soviet Union’s deals are not counted (the charts count them, unless told not to).';
}
