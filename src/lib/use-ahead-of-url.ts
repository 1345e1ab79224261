import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useSearchParams } from 'react-router';
import { useLiveRouter } from './live-router.ts';
import { urlYears } from './url-params.ts';

/** Years as the URL keeps them: null is the data's first (last) year. */
export interface UrlYears {
  from: number | null;
  to: number | null;
}

/** How long a value must rest before the URL takes it. */
export const URL_REST_MS = 250;

/**
 * A value that runs ahead of the URL while it changes quickly (the year slider's steps, Play, the deals search's
 * answers): each is drawn at once from this state, and the URL takes it once it has rested for URL_REST_MS. Writing
 * the URL at every step was a third of a slider step's time: Chromium's history.replaceState alone (~3 ms), then the
 * router rendering the page around the view. The run ends at the next navigation, whose URL wins: the value's own
 * write, another setting (which takes the value along, from the view it gives) or Back.
 *
 * `searchOf` gives a value's query string. `value`: what to show instead of the URL's, or null; `move` shows a new
 * value and schedules its write; `hold` keeps the URL as it is for now (a search asked again: its answer moves on).
 */
export function useAheadOfUrl<T>(searchOf: (value: T) => URLSearchParams): { value: T | null; move: (value: T) => void; hold: () => void } {
  const router = useLiveRouter();
  const [, setSearchParams] = useSearchParams();
  const { key: navigation } = useLocation();
  const [run, setRun] = useState<{ value: T; navigation: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const move = (value: T) => {
    // At once, not when React next gets to it: a step is drawn before the next key or pointer move.
    flushSync(() => setRun({ value, navigation }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // Drawn at once too (not in a transition): a key pressed while the router had the new URL and React the old one
      // would move from a view that is about to go, and be lost.
      if (router.state.location.key === navigation) setSearchParams(searchOf(value), { replace: true, flushSync: true });
    }, URL_REST_MS);
  };
  return { value: run?.navigation === navigation ? run.value : null, move, hold: () => clearTimeout(timer.current) };
}

/**
 * A view whose years run ahead of the URL (useAheadOfUrl): `view` is the URL's with the years shown, `moveYears` takes
 * the year slider's [start, end], and `searchOf` gives a view's query string.
 */
export function useYearsAhead<View extends UrlYears>(
  urlView: View,
  data: { firstYear: number; lastYear: number },
  searchOf: (view: View) => URLSearchParams,
): { view: View; moveYears: (years: readonly [number, number]) => void } {
  const ahead = useAheadOfUrl<UrlYears>((years) => searchOf({ ...urlView, ...years }));
  const view = useMemo(() => (ahead.value ? { ...urlView, ...ahead.value } : urlView), [urlView, ahead.value]);
  return { view, moveYears: (years) => ahead.move(urlYears(years, data)) };
}
