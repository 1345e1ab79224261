import { NavLink, Outlet } from 'react-router';
import { useMeta } from '../api/get-meta.ts';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          Arms Transfer Tracker
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Overview
          </NavLink>
          <NavLink to="/shares">Suppliers and shares</NavLink>
          <NavLink to="/pairs">Country pairs</NavLink>
          <NavLink to="/deals">Deals</NavLink>
          <NavLink to="/claims">Claims checked</NavLink>
        </nav>
      </header>
      <main id="main">
        <Outlet />
      </main>
      <SourceFooter />
    </>
  );
}

function SourceFooter() {
  const meta = useMeta();
  return (
    <footer className="site-footer">
      {meta.data ? (
        <p>
          {meta.data.source.citation} {meta.data.source.release} release. Figures are SIPRI trend-indicator values
          (TIV) in millions, a volume index, not US dollars. <a href={meta.data.source.url}>About the data</a>
        </p>
      ) : (
        <p>Source: SIPRI Arms Transfers Database (c) SIPRI.</p>
      )}
    </footer>
  );
}
