import { NARROW_SCREEN } from '../lib/use-media-query.ts';

/**
 * The attribute of `<html>` that names the view a page's prerendered snapshot shows (src/prerender.tsx): its path and
 * query string as the browser's address bar has them. While it is there, the snapshot shows and the live app renders
 * hidden beneath it (styles.css); the app removes both once it has drawn its own chart (boot-snapshot.ts).
 */
export const SNAPSHOT_ATTRIBUTE = 'data-prerendered';

/** The snapshot's element, beside the app's #root. */
export const SNAPSHOT_ID = 'prerendered';

/**
 * Run in the page's head, before anything is painted: static hosts send the same HTML for every path of the app
 * (index.html holds the overview's snapshot), so a page whose address is not the snapshot's view drops the attribute,
 * and the snapshot is never shown. Phones and narrow windows too: their layout folds the menu and the settings, which
 * the snapshot (drawn in the wide layout) does not. Inline, so that it needs no request; the site's
 * Content-Security-Policy allows it by its hash (server/content-security-policy.ts).
 */
export const SNAPSHOT_CHECK_SCRIPT =
  `(function(html){if(html.getAttribute('${SNAPSHOT_ATTRIBUTE}')!==location.pathname+location.search` +
  `||matchMedia('${NARROW_SCREEN}').matches)html.removeAttribute('${SNAPSHOT_ATTRIBUTE}')})(document.documentElement)`;
