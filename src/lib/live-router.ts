import { createContext, useContext } from 'react';
import type { DataRouter } from 'react-router';

/** Provided by AppRouterProvider (src/app/router.tsx). */
export const LiveRouterContext = createContext<DataRouter | null>(null);

/**
 * The router itself, whose state is where it is now: a navigation (Back, a link to a page still loading) is there
 * before React has drawn it, which is when the hooks' location would still be the old one.
 */
export function useLiveRouter(): DataRouter {
  const router = useContext(LiveRouterContext);
  if (!router) throw new Error('useLiveRouter needs AppRouterProvider');
  return router;
}
