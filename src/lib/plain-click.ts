import type { MouseEvent } from 'react';

/** A plain left click, which the app handles; any other (new tab, download…) is left to the browser. */
export function isPlainClick(event: MouseEvent): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}
