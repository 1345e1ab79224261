import { SNAPSHOT_ATTRIBUTE, SNAPSHOT_ID } from './boot-snapshot-check.ts';

/** What ends the snapshot: the live app's own chart, or an error it shows in the view's place. */
const LIVE_VIEW = 'main svg[role="img"] path[d], [role="alert"], .status--error';

/**
 * Hands the page over from the build's snapshot (src/prerender.tsx) to the live app: the snapshot stays, and the app
 * renders hidden under it (styles.css), until the app has drawn its own chart; then, in the same frame, the snapshot
 * goes and the app shows. No loading state shows in between. A snapshot of another view than the page's (the head's
 * check, boot-snapshot-check.ts) goes at once.
 */
export function replaceSnapshotWhenDrawn(root: HTMLElement): void {
  const snapshot = document.getElementById(SNAPSHOT_ID);
  const html = document.documentElement;
  const handOver = () => {
    snapshot?.remove();
    html.removeAttribute(SNAPSHOT_ATTRIBUTE);
  };
  if (!snapshot || !html.hasAttribute(SNAPSHOT_ATTRIBUTE)) return handOver();
  // Called back before the frame that would paint the app's chart is drawn.
  const observer = new MutationObserver(() => {
    if (!root.querySelector(LIVE_VIEW)) return;
    observer.disconnect();
    handOver();
  });
  observer.observe(root, { childList: true, subtree: true });
}
