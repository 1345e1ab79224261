import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NARROW_SCREEN } from '../../src/lib/use-media-query.ts';
import { renderApp } from '../render-app.tsx';

/** A phone's screen: NARROW_SCREEN matches (jsdom has no matchMedia of its own: the wide layout). */
beforeEach(() => {
  window.matchMedia = ((query: string) => ({
    matches: query === NARROW_SCREEN,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
});
afterEach(() => {
  delete (window as Partial<Window>).matchMedia;
});

describe('on a narrow screen', () => {
  it('folds the share explorer’s settings behind one button that says what is chosen, and opens and closes them', async () => {
    const user = userEvent.setup();
    renderApp('/shares?category=Aircraft&from=2000');
    await screen.findByRole('heading', { level: 1, name: 'Who supplied India’s aircraft imports, 2000–2025' });
    const toggle = screen.getByRole('button', { name: 'Settings: India, aircraft, 2000–2025, shares, top 5' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Folded: the settings are hidden (not removed), the year slider and the chart are not.
    expect(screen.queryByRole('combobox', { name: 'Recipient' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Start year' })).toBeVisible();
    expect(await screen.findByRole('img', { name: /Who supplied India’s aircraft imports/ })).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Lines per series' }));
    await waitFor(() => expect(toggle).toHaveAccessibleName('Settings: India, aircraft, 2000–2025, lines, top 5'));
    expect(toggle).toHaveAttribute('aria-expanded', 'true'); // a change leaves them open

    await user.click(screen.getByRole('button', { name: 'Close settings' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('radio', { name: 'Lines per series' })).toBeNull();
  });

  it('folds the pairs’ settings and the deals’ filters the same way, the deals’ search left in view', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/pairs?pairs=RUS:PAK&orders=hide');
    expect(await screen.findByRole('button', { name: 'Settings: 1 pair, 1950–2025, TIV' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Pair 1 supplier' })).toBeNull();

    await router.navigate('/deals?supplier=RUS&recipient=PAK&category=Aircraft');
    const filters = await screen.findByRole('button', { name: 'Filters: Russia → Pakistan, aircraft' });
    expect(screen.getByRole('searchbox', { name: 'Search deals' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Armament category' })).toBeNull();
    await user.click(filters);
    expect(screen.getByRole('group', { name: 'Armament category' })).toBeVisible();
  });

  it('folds the main menu behind a Menu button, closed again on the next page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    await user.click(menu);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Country pairs' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/pairs'));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });
});
