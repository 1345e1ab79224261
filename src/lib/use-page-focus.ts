import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { focusElement } from './focus.ts';

/**
 * After a move to another page (not a change of the page's own settings in its URL), the focus goes to the new
 * page's heading, where a full page load would start a screen reader: it would otherwise stay on the link just
 * followed, or fall to the body when that link goes. While the page loads, `main` holds the focus; its heading is
 * focused once drawn. A new page scrolls to its heading; Back and Forward keep the scroll position the browser
 * restores.
 */
export function usePageFocus(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const preventScroll = useNavigationType() === 'POP';
  const shown = useRef(pathname);
  useEffect(() => {
    const container = main.current;
    if (shown.current === pathname || !container) return;
    shown.current = pathname;
    const focusHeading = () => {
      const heading = container.querySelector('h1');
      if (heading) focusElement(heading, { preventScroll });
      return !!heading;
    };
    if (focusHeading()) return;
    focusElement(container, { preventScroll });
    const observer = new MutationObserver(() => {
      // Unless the user has moved on meanwhile.
      if (document.activeElement !== container || focusHeading()) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, main, preventScroll]);
}
