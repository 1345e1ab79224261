import { useCallback, useSyncExternalStore } from 'react';

/**
 * Phones and narrow windows (tablets upright included): the explorers fold their settings and the header its menu,
 * so that a view's chart is on the first screen. Below this the wide layout's controls take most of a screen.
 */
export const NARROW_SCREEN = '(max-width: 48rem)';

/**
 * Whether a media query matches now, kept current. False where there is no matchMedia (jsdom) and in the build's
 * prerender (src/prerender.tsx): the wide layout.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches, () => false);
}
