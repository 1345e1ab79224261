import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderApp } from '../render-app.tsx';

describe('overview', () => {
  it("draws India's imports with Russia (incl. Soviet Union), the United States and Other, in TIV", async () => {
    const { container } = renderApp('/');
    expect(await screen.findByRole('heading', { name: /India’s arms imports by supplier, 1950–2025/ })).toBeInTheDocument();
    const figure = screen.getByRole('figure');
    // Recharts lays out axes and areas in a second render pass.
    await waitFor(() => expect(container.querySelectorAll('.recharts-area')).toHaveLength(3));
    expect(container.querySelector('.recharts-label')).toHaveTextContent('SIPRI TIV (millions)');
    const legend = container.querySelector('.recharts-legend-wrapper')!;
    expect(legend).toHaveTextContent('Russia (incl. Soviet Union)');
    expect(legend).toHaveTextContent('United States');
    expect(legend).toHaveTextContent('Other');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/not of money/);
  });

  it('offers the same numbers as a table', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByText('Show the numbers as a table'));
    const table = screen.getByRole('table', { name: /India’s arms imports by supplier/ });
    const header = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(header).toEqual(['Year', 'Russia (incl. Soviet Union)', 'United States', 'Other']);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 76);
  });

  it('cites the source and release in the footer', async () => {
    renderApp('/');
    await waitFor(() =>
      expect(screen.getByRole('contentinfo')).toHaveTextContent(/SIPRI Arms Transfers Database.*March 2026 release/),
    );
  });

  it('shows the server’s error with Retry, and recovers', async () => {
    server.use(
      http.get('*/api/v1/shares', () =>
        HttpResponse.json({ error: { code: 'internal_error', message: 'Database offline.' } }, { status: 500 }),
      { once: true }),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("India's imports could not be loaded: Database offline.");
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: /India’s arms imports/ })).toBeInTheDocument();
  });

  it('says so when the service cannot be reached', async () => {
    server.use(http.get('*/api/v1/shares', () => HttpResponse.error()));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
  });
});

describe('routing', () => {
  it('shows a not-found page for an unknown path', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
  });
});
