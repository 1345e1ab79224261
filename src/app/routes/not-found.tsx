import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  usePageTitle('Page not found');
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. <Link to="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
