import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app.tsx';

describe('opening a page whose code loads with its route', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the header and a loading line while the code loads, and React Router has nothing to warn of', async () => {
    const warn = vi.spyOn(console, 'warn');
    renderApp('/deals');
    // The router renders before the route's code is in: the layout with a loading line, not a blank page.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the page…');
    await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/HydrateFallback/);
  });
});
