/**
 * Files named by their content (Vite's assets, the data files written by `npm run data`) never change: a browser
 * may keep them for good, so a second visit downloads nothing. Everything else is checked with the server each time.
 * `vite preview` (vite.config.ts) and the server (server/site.ts) send this; public/_headers says the same to static
 * hosts that read it (Netlify, Cloudflare Pages).
 */
const CONTENT_NAMED = /\/(assets\/.+-[\w-]{8}\.\w+|data\/\w+\.[0-9a-f]{10}\.json)$/;

export const isContentNamed = (pathname: string) => CONTENT_NAMED.test(pathname);

export function cacheControl(pathname: string): string {
  return isContentNamed(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
