import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app.tsx';

describe('focus on moving to another page', () => {
  it('goes to the new page’s heading, also one still loading, and back again; not on the first page or its settings', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&recipient=PAK');
    const dealsHeading = await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
    expect(document.activeElement).toBe(document.body); // a page opened from outside starts as loaded pages do

    // A change of the page's settings keeps the focus where the user is.
    await user.click(screen.getByRole('checkbox', { name: /^Aircraft/ }));
    await waitFor(() => expect(router.state.location.search).toContain('category=Aircraft'));
    expect(screen.getByRole('checkbox', { name: /^Aircraft/ })).toHaveFocus();

    // The deal's page loads before its heading is drawn.
    await user.click(within(await screen.findByRole('table')).getAllByRole('link')[0]!);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(router.state.location.pathname).toMatch(/^\/deals\/\d+$/);

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: dealsHeading.textContent! })).toHaveFocus());

    await user.click(screen.getByRole('link', { name: 'Country pairs' }));
    const pairsHeading = await screen.findByRole('heading', { level: 1, name: /between country pairs/ });
    await waitFor(() => expect(pairsHeading).toHaveFocus());
    // Focusable only while it has the focus: a click on its text later does not make Tab start from there.
    await user.tab();
    expect(pairsHeading).not.toHaveAttribute('tabindex');
    expect(screen.getByRole('main')).not.toHaveAttribute('tabindex');
  });
});
