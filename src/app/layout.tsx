import { memo, useId, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { Outlet, useHref, useLocation } from 'react-router';
import { useLiveRouter } from '../lib/live-router.ts';
import { isPlainClick } from '../lib/plain-click.ts';
import { NARROW_SCREEN, useMediaQuery } from '../lib/use-media-query.ts';
import { usePageFocus } from '../lib/use-page-focus.ts';
import { useMeta } from '../api/get-meta.ts';

export function Layout() {
  const main = useRef<HTMLElement>(null);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={main}>
        <Outlet />
      </main>
      <PageFocus main={main} />
      <SourceFooter />
    </>
  );
}

/** Its own component, so that the layout does not render again at each change of the URL. */
function PageFocus({ main }: { main: RefObject<HTMLElement | null> }) {
  usePageFocus(main);
  return null;
}

const PAGES = [
  { path: '/', label: 'Overview' },
  { path: '/shares', label: 'Suppliers and shares' },
  { path: '/pairs', label: 'Country pairs' },
  { path: '/deals', label: 'Deals' },
  { path: '/claims', label: 'Claims checked' },
];

/** Renders the menu again only when the page changes, not at each change of the URL's settings. */
function SiteHeader() {
  const here = useLocation().pathname.toLowerCase(); // routes match in any case
  const root = useHref('/').replace(/\/$/, ''); // the app's base path
  return <SiteMenu here={here} root={root} />;
}

/**
 * The name and the main menu: plain links with one click handler. React Router's NavLinks re-render at every change
 * of the URL, and each keystroke in a search or step of a slider changes it. On a phone or in a narrow window the menu
 * folds behind a Menu button (a disclosure), closed again when another page opens, so that the page starts higher.
 */
const SiteMenu = memo(function SiteMenu({ here, root }: { here: string; root: string }) {
  const router = useLiveRouter(); // not useNavigate, whose route context changes at each navigation
  const folded = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(here);
  if (openedOn !== here) {
    setOpenedOn(here);
    setOpen(false);
  }
  const navId = useId();
  const isCurrent = (path: string) => (path === '/' ? here === '/' : here === path || here.startsWith(`${path}/`));
  const follow = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-path]');
    if (!link || !isPlainClick(event)) return;
    event.preventDefault();
    const path = link.dataset.path!;
    // As a router link does: the page already shown is not added to the history again.
    const { pathname, search, hash } = router.state.location;
    void router.navigate(path, { replace: pathname + search + hash === path });
  };
  return (
    <header className="site-header" onClick={follow}>
      <a href={`${root}/`} data-path="/" className="brand">
        Arms Transfer Tracker
      </a>
      {folded && (
        <button type="button" className="site-header__menu" aria-expanded={open} aria-controls={navId} onClick={() => setOpen(!open)}>
          Menu
        </button>
      )}
      <nav aria-label="Main" id={navId} hidden={folded && !open}>
        {PAGES.map(({ path, label }) => (
          <a
            key={path}
            href={`${root}${path}`}
            data-path={path}
            className={isCurrent(path) ? 'active' : undefined}
            aria-current={isCurrent(path) ? 'page' : undefined}
          >
            {label}
          </a>
        ))}
      </nav>
    </header>
  );
});

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
