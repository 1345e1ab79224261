import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { getDealsQueryOptions } from '../../api/get-deals.ts';
import { useLiveRouter } from '../../lib/live-router.ts';
import { useStableCallback } from '../../lib/use-stable-callback.ts';
import { dealsFilters, withFilters, type DealsView } from './deals-view.ts';

/** How long a search may wait for its answer before the results dim. */
const SLOW_SEARCH_MS = 150;

/**
 * The search box runs ahead of the view. A keystroke asks the API at once but moves the view, and so the table, to
 * the new text only when the answer is in: one render per answer, where showing each keystroke's view at once drew
 * the old rows dimmed and then the new ones. Any other change of the view takes the typed text along and ends the
 * wait, and so does any navigation, even one the router has started but React not yet drawn: the URL it brings
 * wins, as it does in the search box.
 *
 * `show` shows a view (the explorer's, ahead of the URL: useAheadOfUrl); `searching` is true once a search has waited
 * longer than SLOW_SEARCH_MS.
 */
export function useSearchAhead(view: DealsView, show: (view: DealsView) => void) {
  const queryClient = useQueryClient();
  const router = useLiveRouter();
  const typed = useRef<string | null>(null); // the text while it waits
  const round = useRef(0); // the latest search's number; an answer to an older one is not shown
  const { key: navigation } = useLocation();
  const [slowIn, setSlowIn] = useState<string | null>(null); // the navigation during which a search became slow
  const searching = slowIn === navigation;

  /** Ends any wait, for another view is about to be shown. */
  const endWait = () => {
    typed.current = null;
    round.current += 1;
    setSlowIn(null);
  };
  // The next navigation, or leaving the page, ends the wait. In the commit, so that no keystroke falls between.
  useLayoutEffect(() => {
    typed.current = null;
    return () => void (round.current += 1);
  }, [navigation]);

  /** The view as the user sees it: the URL's, with any text typed ahead of it. */
  const currentView = useStableCallback(() => (typed.current === null ? view : withFilters(view, { q: typed.current })));

  const search = (q: string) => {
    const thisRound = (round.current += 1);
    const at = router.state.location.key;
    typed.current = q;
    const slow = setTimeout(() => thisRound === round.current && setSlowIn(navigation), SLOW_SEARCH_MS);
    // One attempt: after a failure the view appears, and its query tries again and shows the error with Retry.
    const attempt = { ...getDealsQueryOptions(dealsFilters(currentView())), retry: false };
    void queryClient.prefetchQuery(attempt).then(() => {
      clearTimeout(slow);
      if (thisRound !== round.current) return; // a later keystroke or another change took over
      if (router.state.location.key !== at || router.state.navigation.state !== 'idle') return; // so did a navigation
      const next = currentView();
      endWait();
      show(next);
    });
  };

  return { search, searching, currentView, endWait };
}
