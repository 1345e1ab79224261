/**
 * The site's Content-Security-Policy, one definition for the built site's meta tag (vite.config.ts) and the
 * server's header (server/app.ts, which adds `frame-ancestors`: a meta tag cannot carry it). Scripts only from the
 * site; inline style attributes are allowed because React and Recharts set styles; images from data: and blob:
 * URLs for the chart downloads; the API's origin when it is not the site's own.
 */
export function contentSecurityPolicy(apiOrigin = '') {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
}

/** The policy as header text: `default-src 'self'; script-src 'self'; …`. */
export function policyText(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), ...sources].join(' '))
    .join('; ');
}
