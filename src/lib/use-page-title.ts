import { useEffect } from 'react';

export const SITE_NAME = 'Arms Transfer Tracker';
/** The site's own description: the home page's, and any page's that has none of its own. */
export const SITE_DESCRIPTION = 'Who supplies major weapons to whom, year by year, from the SIPRI Arms Transfers Database.';

/** The pages whose title says all they show. */
export const OVERVIEW_TITLE = 'Who arms whom, year by year';
export const CLAIMS_TITLE = 'News claims checked against the data';
export const CLAIMS_DESCRIPTION =
  'Claims about arms transfers from news reports, each checked live against the SIPRI Arms Transfers Database, with its verdict and numbers.';

/** A page's title in the tab, the history and bookmarks: its heading, then the app's name. */
export function documentTitle(heading: string): string {
  return `${heading} · ${SITE_NAME}`;
}

/**
 * Names the page in the tab, the history and bookmarks (its heading, then the app's name), and says what it shows in
 * its `<meta name="description">`: a view's own description, or the site's.
 */
export function usePageTitle(heading: string, description = SITE_DESCRIPTION) {
  useEffect(() => writeHeadSoon({ title: documentTitle(heading) }), [heading]);
  useEffect(() => writeHeadSoon({ description }), [description]);
}

/** At the latest this long after a change, even on a page that is never idle. */
const HEAD_WRITE_TIMEOUT_MS = 300;

/** What the head is to say, not yet written; null when nothing waits. */
let pendingHead: { title?: string; description?: string } | null = null;

/**
 * Writes the title and description once the page is idle, the latest of those asked for since the last write.
 * Setting `document.title` cost Chromium 0.1–15 ms a time (timed on 4 December 2026), in the middle of a year-slider
 * step or a keystroke's answer whose titles change with the years or the search, and nobody reads the tab while
 * dragging; in idle time it no longer holds up the chart or the table.
 */
function writeHeadSoon(head: { title?: string; description?: string }): void {
  const scheduled = pendingHead !== null;
  pendingHead = { ...pendingHead, ...head };
  if (scheduled) return;
  const write = () => {
    const { title, description } = pendingHead ?? {};
    pendingHead = null;
    if (title !== undefined && document.title !== title) document.title = title;
    if (description !== undefined) document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(write, { timeout: HEAD_WRITE_TIMEOUT_MS });
  else setTimeout(write, 0);
}
