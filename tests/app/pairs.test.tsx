import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../src/lib/download.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

describe('country pairs', () => {
  it('draws four default pairs with deliveries and orders on shared axes, with events', async () => {
    const { container } = renderApp('/pairs');
    const legend = await screen.findByRole('list', { name: 'Pairs' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0]?.trim())).toEqual([
      'Russia (incl. Soviet Union) → India',
      'United States → India',
      'Russia (incl. Soviet Union) → Pakistan',
      'China → Pakistan',
    ]);
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(8));
    expect(await screen.findByRole('region', { name: 'Events on this timeline' })).toHaveTextContent('Shoigu');
  });

  it('says so when the pairs have no events, or none in the years shown', async () => {
    const { unmount } = renderApp('/pairs?pairs=FRA:BRA');
    expect(await screen.findByText('No press-reported events are recorded for this pair.')).toBeInTheDocument();
    unmount();
    renderApp('/pairs?pairs=RUS:PAK,CHN:PAK&to=2000');
    expect(await screen.findByText('No press-reported events are recorded for these pairs in 1950–2000.')).toBeInTheDocument();
  });

  it('adds a pair not already shown, and puts the focus on its supplier', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/pairs?pairs=RUS:IND,USA:IND');
    await user.click(await screen.findByRole('button', { name: 'Add a pair' }));
    expect(new URLSearchParams(router.state.location.search).get('pairs')).toBe('RUS:IND,USA:IND,FRA:IND');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Pair 3 supplier' })).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Pair 3 supplier' })).toHaveValue('France');
  });

  it('hides the orders layer and keeps that in the URL', async () => {
    const user = userEvent.setup();
    const { container, router } = renderApp('/pairs?from=2010');
    await screen.findByRole('list', { name: 'Pairs' });
    await user.click(screen.getByRole('checkbox', { name: 'Show orders (by year of order)' }));
    expect(router.state.location.search).toBe('?from=2010&orders=hide');
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(4));
  });

  it('changes a pair, removes one, and drills into the deals behind a value from the table', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/pairs?pairs=RUS:PAK,USA:IND&from=2018&to=2018&tab=table');
    await user.click(await screen.findByRole('button', { name: 'Remove pair 2, United States → India' }));
    expect(router.state.location.search).toBe('?pairs=RUS%3APAK&from=2018&to=2018&tab=table');
    // The button went with its pair: the focus goes to Add a pair, and a screen reader hears what was removed.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a pair' })).toHaveFocus());
    expect(within(screen.getByRole('group', { name: /^Pairs/ })).getByRole('status')).toHaveTextContent('Removed United States → India.');
    const cell = await screen.findByRole('button', { name: /^Russia \(incl\. Soviet Union\) → Pakistan, 2018: .* delivered/ });
    await user.click(cell);
    const deals = await screen.findByRole('region', { name: /Deals behind Russia \(incl\. Soviet Union\) → Pakistan, 2018/ });
    expect(await within(deals).findByRole('link', { name: 'Mi-35M' })).toHaveAttribute('href', expect.stringMatching(/^\/deals\/\d+$/));
    expect(within(deals).getByRole('link', { name: 'Open these deals in the deals table' })).toHaveAttribute(
      'href',
      '/deals?from=2018&to=2018&supplier=RUS&recipient=PAK&ussr=together',
    );
  });

  it('marks an estimated order year in the deals behind a value as SIPRI does, read as "estimate"', async () => {
    const user = userEvent.setup();
    renderApp('/pairs?pairs=RUS:DZA&from=2024&to=2024&tab=table');
    await user.click(await screen.findByRole('button', { name: /^Russia \(incl\. Soviet Union\) → Algeria, 2024: .* delivered/ }));
    const deals = await screen.findByRole('region', { name: /Deals behind Russia \(incl\. Soviet Union\) → Algeria, 2024/ });
    const row = (await within(deals).findByRole('link', { name: 'Zoopark-1M' })).closest('tr')!;
    // SIPRI's "?" and the hidden "(estimate)" of the deal tables' marker (tests/components/deal-cells.test.tsx).
    expect(row).toHaveTextContent(/ in 2022\? \(estimate\)/);
  });

  it('opens the deals of all five years behind a rolling five-year sum, in view, and gives the focus back', async () => {
    const user = userEvent.setup();
    renderApp('/pairs?pairs=RUS:PAK&from=2018&to=2018&window=5&tab=table');
    const cell = await screen.findByRole('button', { name: /^Russia \(incl\. Soviet Union\) → Pakistan, 2018: .* delivered/ });
    await user.click(cell);
    const deals = await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → Pakistan, 2014–2018' });
    // The heading takes the focus, which scrolls the panel into view.
    expect(within(deals).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(await within(deals).findByText(/deals? with deliveries in 2014–2018/)).toBeInTheDocument();
    expect(within(deals).getByRole('link', { name: 'Open these deals in the deals table' })).toHaveAttribute(
      'href',
      '/deals?from=2014&to=2018&supplier=RUS&recipient=PAK&ussr=together',
    );
    // The Mi-35Ms were delivered in 2017–2018: inside the window.
    expect(within(deals).getByRole('link', { name: 'Mi-35M' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /^Deals behind/ })).toBeNull();
    expect(cell).toHaveFocus();
  });

  it('downloads exactly the series shown as CSV', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/pairs?pairs=RUS:PAK&from=2015&to=2018');
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    const [text, name] = saved.mock.calls[0]!;
    expect(name).toBe('pairs_russia-incl-soviet-union-pakistan_2015-2018_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows.map((r) => [r[4], r[5]])).toEqual([
      ['Year', 'Delivered: SIPRI TIV (millions)'],
      ['2015', expect.any(String)],
      ['2016', expect.any(String)],
      ['2017', expect.any(String)],
      ['2018', expect.any(String)],
    ]);
    expect(Number(rows[4]![5])).toBeGreaterThanOrEqual(46);
  });

  it('names the pairs in a downloaded picture’s title and lists its events, numbered as the marks', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadChart').mockResolvedValue();
    const { container } = renderApp('/pairs?pairs=RUS:PAK,CHN:PAK&from=2010&to=2020');
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(4));
    await screen.findByRole('region', { name: 'Events on this timeline' });
    await user.click(screen.getByRole('button', { name: 'Download PNG' }));
    const [, image, name, format] = saved.mock.calls[0]!;
    expect(format).toBe('png');
    expect(name).toBe('pairs_russia-incl-soviet-union-pakistan_china-pakistan_2010-2020_sipri-march-2026.png');
    expect(image.title).toBe('Arms deliveries and orders between country pairs, 2010–2020: Russia (incl. Soviet Union) → Pakistan; China → Pakistan');
    const listed = within(screen.getByRole('region', { name: 'Events on this timeline' })).getAllByRole('listitem');
    expect(image.notes?.[0]).toBe('Events on this timeline (numbered as on the chart):');
    expect(image.notes?.slice(1)).toHaveLength(listed.length);
    expect(image.notes?.[1]).toMatch(/^1\. 2012: Senior Russian officials visit Pakistan.* \(World Politics Review, “Russia Looks to Build Strategic Leverage in Pakistan”, 2012\)$/);
  });

  it('leaves the orders out of the CSV and the table when they are hidden', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/pairs?pairs=RUS:PAK&from=2015&to=2018&orders=hide&tab=table');
    const table = await screen.findByRole('table', { name: /Arms deliveries between country pairs/ });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Year', 'Russia (incl. Soviet Union) → Pakistan: delivered']);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const rows = Papa.parse<string[]>(saved.mock.calls[0]![0], { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Supplier id', 'Supplier', 'Recipient id', 'Recipient', 'Year', 'Delivered: SIPRI TIV (millions)', 'Yearly allocation of deliveries', 'Weapons counted', 'Source']);
  });
});
