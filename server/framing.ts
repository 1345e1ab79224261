/**
 * Which pages other sites may frame: the embeds (/embed/shares, /embed/pairs) and nothing else, against clickjacking.
 * One rule for the server (server/app.ts), `vite preview` (vite.config.ts) and static hosts (public/_headers, checked
 * against it by tests/server/framing.test.ts). Paths are the app's, without the site's base path.
 */
export const isEmbedPath = (path: string) => path === '/embed' || path.startsWith('/embed/');

/**
 * The headers that keep a page out of other sites' frames: CSP's frame-ancestors (which a meta tag cannot carry) and
 * X-Frame-Options for browsers older than it. None for an embed. The server sends the same within its full policy.
 */
export function framingHeaders(path: string): Record<string, string> {
  return isEmbedPath(path) ? {} : { 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };
}
