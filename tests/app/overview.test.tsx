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
    expect(container.querySelectorAll('.svg-chart__layer')).toHaveLength(3);
    for (const layer of container.querySelectorAll('.svg-chart__layer')) expect(layer.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(container.querySelector('.svg-chart__label')).toHaveTextContent('SIPRI TIV (millions)');
    const legend = container.querySelector('.svg-chart__legend')!;
    expect(legend).toHaveTextContent('Russia (incl. Soviet Union)');
    expect(legend).toHaveTextContent('United States');
    expect(legend).toHaveTextContent('Other');
    expect(figure.querySelector('figcaption')).toHaveTextContent(/not of money/);
  });

  it('reads out a year by keyboard: arrow keys move through the years, Escape hides the readout', async () => {
    renderApp('/');
    const plot = await screen.findByRole('group', { name: /India’s arms imports by supplier.*arrow keys/ });
    await userEvent.click(screen.getByText('Show the numbers as a table'));
    const table = screen.getByRole('table', { name: /India’s arms imports by supplier/ });
    plot.focus();
    await userEvent.keyboard('{End}');
    const readout = plot.querySelector('[aria-live="polite"]')!;
    expect(readout).toHaveTextContent(/^2025/);
    expect(readout).toHaveAttribute('aria-atomic', 'true'); // read whole at each key, not only the changed words
    await userEvent.keyboard('{ArrowLeft}');
    // The readout's values for 2024 are the table's (top layer first, as drawn).
    const cells = within(table).getByRole('rowheader', { name: '2024' }).parentElement!.querySelectorAll('td');
    const [russia, us, other] = [...cells].map((td) => td.textContent);
    const values = within(readout as HTMLElement)
      .getAllByRole('row', { hidden: true })
      .map((row) => [row.querySelector('th')!.textContent!.trim(), row.querySelector('td')!.textContent]);
    expect(values).toEqual([['Other', other], ['United States', us], ['Russia (incl. Soviet Union)', russia]]);
    // A screen reader hears one sentence instead of the table: the total, then the values largest first.
    const spoken = readout.querySelector('.visually-hidden')!.textContent!;
    const byValue = ([['Other', other!], ['United States', us!], ['Russia (incl. Soviet Union)', russia!]] as Array<[string, string]>)
      .filter(([, value]) => Number(value.replace(/,/g, '')) > 0)
      .sort(([, a], [, b]) => Number(b.replace(/,/g, '')) - Number(a.replace(/,/g, '')));
    expect(spoken).toMatch(/^2024: total [\d,.]+ TIV \(millions\); .*\.$/);
    const parts = spoken.slice(spoken.indexOf('; ') + 2, -1).split(', ').map((part) => part.replace(/ \([^()]*%\)$/, ''));
    expect(parts).toEqual(byValue.map(([name, value]) => `${name} ${value}`));
    expect(readout.querySelector('[aria-hidden="true"] table')).not.toBeNull();
    expect(readout).toHaveTextContent(/Total [\d,.]+ TIV \(millions\)\.$/);
    await userEvent.keyboard('{Home}');
    expect(readout).toHaveTextContent(/^1950/);
    await userEvent.keyboard('{Escape}');
    expect(readout).toBeEmptyDOMElement();
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
