/**
 * Stand-in for `tldts` in the mock API's bundle. msw parses cookies with tough-cookie, which asks tldts
 * for a hostname's registrable domain using the whole Public Suffix List (about 110 KB gzipped, half the
 * first-load budget). This API sets and reads no cookies, so the last two labels of a hostname do.
 */
export function getDomain(hostname: string): string | null {
  const labels = hostname.replace(/\.$/, '').split('.').filter(Boolean);
  return labels.length ? labels.slice(-2).join('.') : null;
}
