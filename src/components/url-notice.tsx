import { useEffect, type MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { focusElement } from '../lib/focus.ts';

/**
 * When a link carried values a view could not use, the view drops them from the address bar once (so the
 * link it shows is clean) and keeps the sentences in the history entry, where this notice reads them.
 */
export function UrlNotice({ notices, cleanSearch }: { notices: readonly string[]; cleanSearch: URLSearchParams }) {
  const location = useLocation();
  const navigate = useNavigate();
  const clean = cleanSearch.toString();

  useEffect(() => {
    if (notices.length) void navigate({ search: clean }, { replace: true, state: { notices } });
  }, [notices, clean, navigate]);

  const shown = notices.length ? notices : ((location.state as { notices?: string[] } | null)?.notices ?? []);
  if (!shown.length) return null;
  // The notice sits under the page's heading: once it goes, so does the button just pressed, and the focus goes to
  // that heading rather than to the page's top.
  const dismiss = (event: MouseEvent<HTMLButtonElement>) => {
    const heading = event.currentTarget.closest('main')?.querySelector('h1');
    void navigate({ search: location.search }, { replace: true, state: null });
    if (heading) focusElement(heading);
  };
  return (
    <div className="notice">
      {/* The button is not part of the status: a screen reader hears the sentences only. */}
      <div role="status">
        <p>Some settings in the link could not be used and were left out:</p>
        <ul>
          {shown.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
