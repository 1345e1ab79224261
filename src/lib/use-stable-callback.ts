import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback that keeps one identity but always runs the latest `fn`: for a handler handed to a memoised child,
 * which would otherwise re-render whenever the handler's closure (here, the URL) changes.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
