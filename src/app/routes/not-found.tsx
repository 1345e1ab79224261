import { Link, useLocation } from 'react-router';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. <Link to="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
