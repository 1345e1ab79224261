import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app.tsx';

describe('the header', () => {
  const menu = () => within(screen.getByRole('navigation', { name: 'Main' }));

  it('marks the page the user is on, deal pages under Deals', async () => {
    renderApp('/deals/5');
    expect(await screen.findByRole('link', { name: /year by year: deliveries and orders/ })).toBeInTheDocument();
    expect(menu().getByRole('link', { name: 'Deals' })).toHaveAttribute('aria-current', 'page');
    expect(menu().getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Arms Transfer Tracker' })).not.toHaveAttribute('aria-current');
  });

  it('marks the page in any case, as the routes match, and does not add the page shown to the history again', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/DEALS');
    await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
    expect(menu().getByRole('link', { name: 'Deals' })).toHaveAttribute('aria-current', 'page');
    await user.click(menu().getByRole('link', { name: 'Deals' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/deals'));
    expect(router.state.historyAction).toBe('PUSH');
    await user.click(menu().getByRole('link', { name: 'Deals' }));
    await waitFor(() => expect(router.state.historyAction).toBe('REPLACE'));
    expect(router.state.location.pathname).toBe('/deals');
  });

  it('follows its links within the app, and leaves a modified click (new tab) to the browser', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?q=radar');
    await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
    const shares = menu().getByRole('link', { name: 'Suppliers and shares' });
    expect(shares).toHaveAttribute('href', '/shares');
    // A ctrl-click is not prevented: the browser opens the link in a new tab, the app stays. (Seen after the app's
    // handler, then prevented here: jsdom cannot open a document.)
    let leftToBrowser = false;
    const seen = (event: Event) => {
      leftToBrowser = !event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', seen);
    fireEvent.click(shares, { ctrlKey: true });
    window.removeEventListener('click', seen);
    expect(leftToBrowser).toBe(true);
    expect(router.state.location.pathname).toBe('/deals');
    await user.click(shares);
    await waitFor(() => expect(menu().getByRole('link', { name: 'Suppliers and shares' })).toHaveAttribute('aria-current', 'page'));
    expect(router.state.location.pathname).toBe('/shares');
    await user.click(screen.getByRole('link', { name: 'Arms Transfer Tracker' }));
    await waitFor(() => expect(menu().getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page'));
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('the tab title', () => {
  it('names the page shown, for the tab, the history and bookmarks', async () => {
    const user = userEvent.setup();
    renderApp('/deals/5');
    const link = await screen.findByRole('link', { name: /^All deals / });
    const heading = screen.getByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toMatch(/ · Arms Transfer Tracker$/));
    // The deal's designation and its pair, as the page's heading and first line say.
    const designation = heading.firstChild!.textContent!.trim();
    expect(document.title).toBe(`${designation}, ${link.textContent!.replace(/^All deals /, '')} · Arms Transfer Tracker`);
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Deals' }));
    await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
    await waitFor(() => expect(document.title).toBe('Deals · Arms Transfer Tracker'));
  });

  it.each([
    ['/no-such-page', 'Page not found'],
    ['/deals/999999', 'Deal not found'],
  ])('says when there is no such page (%s)', async (path, title) => {
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: title });
    await waitFor(() => expect(document.title).toBe(`${title} · Arms Transfer Tracker`));
  });

  it('says which release has no such deal, and leads to the deals', async () => {
    renderApp('/deals/999999');
    await screen.findByRole('heading', { level: 1, name: 'Deal not found' });
    expect(await screen.findByText(/SIPRI’s March 2026 release\) has no deal 999999/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search the deals' })).toHaveAttribute('href', '/deals');
  });
});
