import { useLayoutEffect, type ReactNode } from 'react';

interface Props {
  title: string;
  /** The same view in the app, with every control (opened in a new tab: the embed stays in its article). */
  fullView: string;
  /** Settings of the link that could not be used, in sentences. */
  notices: readonly string[];
  /** The year slider, unless the link hides it: above the figure, as in the app, so a short frame still shows it. */
  slider: ReactNode;
  children: ReactNode;
}

/**
 * An embedded view's page, framed in another site's article: its title, its figure and a link back to the full view;
 * no header, menu or footer. The document is marked `embedded` while it shows (no page margins or background of the
 * app's own), and it fits the frame's width.
 */
export function EmbedFrame({ title, fullView, notices, slider, children }: Props) {
  useLayoutEffect(() => {
    document.documentElement.classList.add('embedded');
    return () => document.documentElement.classList.remove('embedded');
  }, []);
  return (
    <main className="embed" id="main">
      <h1 className="embed__title">{title}</h1>
      {/* Under the title, not after the notes: a frame shorter than its page still shows the way to the data. */}
      <p className="embed__link">
        <a href={fullView} target="_blank" rel="noopener">
          Open this view in Arms Transfer Tracker
        </a>{' '}
        (new tab), with its data, table and downloads.
      </p>
      {notices.length > 0 && <p className="embed__notice">Left out of the link: {notices.join(' ')}</p>}
      {slider}
      {children}
    </main>
  );
}
