import { useCallback, useState } from 'react';

/**
 * A status line's text, and a way to say something in it. A live region speaks only text that changed, so the same
 * sentence twice in a row (9 deals match "mi-35", then "mi-35m") would be heard once: as WordPress's speak() does,
 * the repeat gets a no-break space at its end, which a screen reader does not read.
 */
export function useAnnouncement(): [string, (text: string) => void] {
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => setText((current) => (current === next ? `${next}\u00a0` : next)), []);
  return [text, announce];
}
