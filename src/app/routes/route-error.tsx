import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** Shown in place of a route that crashed while rendering: the header, footer and other routes still work. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section role="alert">
      <h1>Something went wrong on this page</h1>
      <p>{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>{' '}
        or <Link to="/">go to the overview</Link>.
      </p>
    </section>
  );
}
