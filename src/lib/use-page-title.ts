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
  useEffect(() => {
    document.title = documentTitle(heading);
  }, [heading]);
  useEffect(() => {
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [description]);
}
