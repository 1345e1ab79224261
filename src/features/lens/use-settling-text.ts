import { useEffect, useRef, useState } from 'react';
import { useStableCallback } from '../../lib/use-stable-callback.ts';

/** How long typing must rest before the text goes on to the URL (and the chart). */
export const SETTLE_MS = 300;

/**
 * A text box that shows each keystroke at once and hands the text on once typing rests for SETTLE_MS, or at once on
 * Enter: a word typed into the weapon search asks the API for one chart, not one per letter ("m", "mi", "mi-" each
 * match hundreds of deals), and the chart is redrawn once. The deals search runs ahead of the URL instead (each
 * keystroke asks, the table follows the answer), since there every answer is a page of rows to read; here the
 * letters on the way to a word draw charts nobody reads, and each costs a pass over the register.
 *
 * `value` is the URL's text: when it changes from elsewhere (Back, a link, "All weapons"), the box shows it.
 * `onSettle` may change with each render: the latest one runs, with the view as it is then.
 */
export function useSettlingText(value: string, onSettle: (text: string) => void) {
  const [text, setText] = useState(value);
  // The URL's text last seen, and the text last handed on: a new URL text that is not ours replaces the box's.
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setSent(value);
      setText(value);
    }
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = useStableCallback((next: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (next === sent) return;
    setSent(next);
    onSettle(next);
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => settle(next), SETTLE_MS);
  };
  return { text, type, settleNow: () => settle(text) };
}
