import { matchPath } from 'react-router';

/**
 * The app's pages, as React Router patterns: one list for the router (src/app/router.tsx) and the server, which
 * answers any other path with the app's HTML and a 404 (server/site.ts), so that crawlers and link checkers see
 * the "not found" page the app shows there for what it is. Paths are the app's, without the site's base path.
 */
export const PAGE_PATHS = {
  overview: '/',
  shares: '/shares',
  deals: '/deals',
  deal: '/deals/:id',
  pairs: '/pairs',
  claims: '/claims',
  embedShares: '/embed/shares',
  embedPairs: '/embed/pairs',
} as const;

/** A path the router draws a page for, matched as the router matches it (any letter case, trailing slashes). */
export function isPagePath(pathname: string): boolean {
  return Object.values(PAGE_PATHS).some((pattern) => matchPath(pattern, pathname) !== null);
}
