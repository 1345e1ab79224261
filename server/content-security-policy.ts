import { createHash } from 'node:crypto';
import { SNAPSHOT_CHECK_SCRIPT } from '../src/app/boot-snapshot-check.ts';

/** The one inline script of the site's pages, allowed by its hash: the prerendered snapshot's check (src/app/). */
const SNAPSHOT_CHECK_HASH = `'sha256-${createHash('sha256').update(SNAPSHOT_CHECK_SCRIPT).digest('base64')}'`;

/**
 * The site's Content-Security-Policy, one definition for the built site's meta tag (vite.config.ts) and the
 * server's header (server/app.ts, which adds `frame-ancestors`: a meta tag cannot carry it). Scripts only from the
 * site; inline style attributes are allowed because React and Recharts set styles; images from data: and blob:
 * URLs for the chart downloads; the snapshot's check in the head by its hash; the API's origin when it is not the site's own.
 */
export function contentSecurityPolicy(apiOrigin = '') {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", SNAPSHOT_CHECK_HASH],
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
