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

/** A deal's number in the register, as `/deals/<id>` writes it: from 1, at most nine digits; any other id is no page. */
export const isDealId = (id: string) => /^[1-9]\d{0,8}$/.test(id);

/**
 * A path the app draws a page for (not its "not found" page), matched as the router matches it (any letter case,
 * trailing slashes). A deal page's number must be a deal id; whether the register has that deal is the API's to say.
 */
export function isPagePath(pathname: string): boolean {
  return Object.values(PAGE_PATHS).some((pattern) => {
    const match = matchPath(pattern, pathname);
    return match !== null && (pattern !== PAGE_PATHS.deal || isDealId(match.params.id ?? ''));
  });
}
