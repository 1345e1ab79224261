import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import { useLiveRouter } from './live-router.ts';

/** Years as the URL keeps them: null is the data's first (last) year. */
export interface UrlYears {
  from: number | null;
  to: number | null;
}

/** How long the years must rest before the URL takes them. */
export const YEARS_REST_MS = 250;

/**
 * Years that run ahead of the URL while the year slider moves (or Play plays): each step is drawn at once from this
 * state, and the URL takes the years once they have rested for YEARS_REST_MS. Writing the URL at every step was a
 * third of a step's time: Chromium's history.replaceState alone (~3 ms), then the router rendering the page around
 * the view. The run ends at the next navigation, whose URL wins: the years' own write, another setting (which takes
 * the years along, from the view these give) or Back.
 *
 * `years`: the years to show instead of the URL's, or null; `move` shows new years and schedules their `write`.
 */
export function useYearsAhead(write: (years: UrlYears) => void): { years: UrlYears | null; move: (years: UrlYears) => void } {
  const router = useLiveRouter();
  const { key: navigation } = useLocation();
  const [run, setRun] = useState<{ years: UrlYears; navigation: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const move = (years: UrlYears) => {
    // At once, not when React next gets to it: a step is drawn before the next key or pointer move.
    flushSync(() => setRun({ years, navigation }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (router.state.location.key === navigation) write(years);
    }, YEARS_REST_MS);
  };
  return { years: run?.navigation === navigation ? run.years : null, move };
}
