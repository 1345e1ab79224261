import { useEffect } from 'react';

/** Names the page in the tab, the history and bookmarks: its heading, then the app's name. */
export function usePageTitle(heading: string) {
  useEffect(() => {
    document.title = `${heading} · Arms Transfer Tracker`;
  }, [heading]);
}
