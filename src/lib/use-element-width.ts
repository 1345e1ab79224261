import { createContext, useCallback, useContext, useRef, useState } from 'react';

/**
 * The width a chart is drawn at before its element is measured: 0 (the chart's own fallback) in the browser, where
 * the element is measured as it is attached; the width of the page's main column in the build's prerender
 * (src/prerender.tsx), which has no layout to measure.
 */
export const AssumedWidthContext = createContext(0);

/** The width inside an element's padding, as a ResizeObserver's contentRect gives it. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Math.max(0, Math.floor(element.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0')));
}

/**
 * The width of an element, kept current with a ResizeObserver: a chart drawn in pixels stays legible on a
 * phone, where scaling a fixed viewBox would shrink its text. Measured at once when the element is attached, so that
 * the first frame painted draws at the real width (the ResizeObserver's first report comes after that paint); 0
 * until measured (and where nothing is laid out), or the assumed width above.
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const assumed = useContext(AssumedWidthContext);
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    setWidth(contentWidth(element));
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.current.observe(element);
  }, []);
  return [ref, width || assumed];
}
