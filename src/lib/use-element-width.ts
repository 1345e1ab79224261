import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver: a chart drawn in pixels stays legible on a
 * phone, where scaling a fixed viewBox would shrink its text. 0 until measured (and where nothing is laid out).
 */
export function useElementWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
