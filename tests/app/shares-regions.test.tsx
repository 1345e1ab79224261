import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../src/lib/download.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

const EUROPE_2021_2025 = '/shares?ranking=importers&group=region&from=2021&to=2025';
const findBars = () => screen.findAllByRole('button', { name: /^\d+\. .*: <?\d+%, [\d,]+ TIV \(millions\)\. Show the deals$/ }, { timeout: 10_000 });
const csvOf = (saved: { mock: { calls: unknown[][] } }) => Papa.parse<string[]>(saved.mock.calls.at(-1)![0] as string, { skipEmptyLines: true }).data;

describe('the world’s imports and exports by region', () => {
  it('ranks SIPRI’s regions as bars, Europe first with 33 % of 2021–2025, and downloads the ranking', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp(EUROPE_2021_2025);
    expect(await screen.findByRole('heading', { level: 1, name: 'The world’s arms imports by region, 2021–2025' })).toBeInTheDocument();
    const bars = await findBars();
    expect(bars.map((bar) => bar.getAttribute('aria-label')!.split(':')[0])).toEqual([
      '1. Europe',
      '2. Asia and Oceania',
      '3. Middle East',
      '4. Americas',
      '5. Africa',
      '6. No region (organisations, unknown parties)',
    ]);
    expect(bars[0]).toHaveAccessibleName(/^1\. Europe: 33%, 50,900 TIV/);
    expect(screen.getByRole('radio', { name: 'World: importers by region' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Region (SIPRI’s five)' })).toBeChecked();
    // Russia and the Soviet Union are both in Europe: the switch would change nothing, and the notes say where SIPRI puts whom.
    expect(screen.queryByRole('checkbox', { name: 'Soviet Union with Russia' })).toBeNull();
    expect(document.querySelector('.chart-figure figcaption')).toHaveTextContent(/Regions are SIPRI’s five: a former state counts in its successors’ region \(the Soviet Union in Europe\)/);
    expect(document.querySelector('.chart-figure figcaption')).not.toHaveTextContent('Russia includes the Soviet Union');

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(saved.mock.calls[0]![1]).toBe('the-world-s-arms-imports-by-region-2021-2025_bars_sipri-march-2026.csv');
    const rows = csvOf(saved);
    expect(rows[0]).toEqual(['Rank', 'Region id', 'Region', 'TIV 2021–2025: SIPRI TIV (millions)', 'Share of the 2021–2025 total (%)', 'Weapons counted', 'Source']);
    // Summed on the client from the yearly answer: within a thousandth of the API's 50,900.497.
    expect(rows[1]!.slice(0, 5)).toEqual(['1', 'Europe', 'Europe', '50900.496', '32.9']);
    expect(rows[6]!.slice(0, 3)).toEqual(['6', 'none', 'No region (organisations, unknown parties)']);
    expect(rows.at(-1)!.slice(2, 5)).toEqual(['Total, all regions', '154724.175', '100']);
    expect(rows[1]!.at(-1)).toContain('March 2026 release');
  });

  it('opens the deals behind a region: those of its countries, listed, and carried into the deals table', async () => {
    const user = userEvent.setup();
    renderApp(EUROPE_2021_2025);
    await user.click((await findBars())[0]!);
    const deals = await screen.findByRole('region', { name: 'Deals behind Europe: 33% of the world’s arms imports, 2021–2025' });
    const members = within(deals).getByText(/^Deliveries to the \d+ recipients SIPRI places in Europe$/);
    const names = members.closest('details')!.querySelector('p')!.textContent!;
    expect(names).toContain('Ukraine');
    expect(names).toContain('Russia');
    expect(names).not.toContain('Turkiye'); // SIPRI's Middle East
    expect(await within(deals).findByRole('table', { name: /deals with deliveries in 2021–2025; the 100 largest/ })).toBeInTheDocument();
    const link = within(deals).getByRole('link', { name: 'Open these deals in the deals table' });
    expect(link).toHaveAttribute('href', '/deals?from=2021&to=2025&recipientRegion=Europe&ussr=together');
    expect(within(deals).queryByRole('link', { name: 'Compare this pair year by year' })).toBeNull();
    // The deals table, on the same region and years, delivers what the bar says.
    await user.click(link);
    expect(await screen.findByText(/; 50,900 TIV \(millions\) delivered in 2021–2025\./, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Recipient region' })).toHaveValue('Europe');
    expect(screen.getByRole('combobox', { name: 'Supplier region' })).toHaveValue('');
  });

  it('switches between regions and subregions, importers and exporters, and back to countries', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?ranking=importers&from=2021&to=2025');
    await findBars();
    await user.click(screen.getByRole('radio', { name: 'World: importers by region' }));
    expect(router.state.location.search).toBe('?ranking=importers&group=region&from=2021&to=2025');
    await user.click(await screen.findByRole('radio', { name: 'Subregion' }));
    expect(router.state.location.search).toBe('?ranking=importers&group=subregion&from=2021&to=2025');
    expect(await screen.findByRole('heading', { level: 1, name: 'The world’s arms imports by subregion, 2021–2025' })).toBeInTheDocument();
    expect((await screen.findByRole('button', { name: /^1\. Middle East: 26%/ }))).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Rank the top/ }).parentElement).toHaveTextContent(/subregions$/);
    // The exporters by region keep the grouping; the world's largest exporters are countries again.
    await user.click(screen.getByRole('radio', { name: 'World: exporters by region' }));
    expect(router.state.location.search).toBe('?ranking=exporters&group=subregion&from=2021&to=2025');
    expect(await screen.findByRole('button', { name: /^1\. North America: 42%/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'World: largest exporters' }));
    expect(router.state.location.search).toBe('?ranking=exporters&from=2021&to=2025');
    expect(await screen.findByRole('button', { name: /^1\. United States: \d+%/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Group by' })).toBeNull();
  });

  it('draws the regions’ years stacked and as a table, whose cells open a region’s deals of one year', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/shares?ranking=exporters&group=region&from=2021&to=2025&measure=share&tab=table');
    const table = await screen.findByRole('table', { name: /^The world’s arms exports by region, 2021–2025: SIPRI TIV \(millions\)/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Year ▲', 'Americas', 'Europe', 'Asia and Oceania', 'Middle East', 'Africa', 'No region (organisations, unknown parties)', 'Total',
    ]);
    // The last row is the period's: each region's TIV and share of 2021–2025, as the bars give them.
    const period = within(table).getByRole('row', { name: /^2021–2025 total/ });
    expect([...period.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent)).toEqual(['66,173 (43%)', '61,926 (40%)']);
    await user.click(within(table).getByRole('button', { name: /^Europe, 2023: / }));
    const deals = await screen.findByRole('region', { name: 'Deals behind Europe, 2023' });
    expect(within(deals).getByText(/^Deliveries from the \d+ suppliers SIPRI places in Europe$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const rows = csvOf(saved);
    expect(rows[0]!.slice(0, 3)).toEqual(['Year', 'Americas: SIPRI TIV (millions)', 'Americas: share of total (%)']);
    expect(rows[0]).toContain('Total, all regions: SIPRI TIV (millions)');
    expect(rows.map((row) => row[0])).toEqual(['Year', '2021', '2022', '2023', '2024', '2025']);
    await user.click(screen.getByRole('tab', { name: 'Chart' }));
    expect(await screen.findByRole('group', { name: /^The world’s arms exports by region, 2021–2025 \(Share of each year’s total\)/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Series (press to show or hide)' })).toHaveTextContent(/^Americas 43%Europe 40%/);
  });

  it('maps each country in its region’s class and lists the row of no region beside the map', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    const { container } = renderApp(`${EUROPE_2021_2025}&tab=map`);
    const map = await screen.findByRole('group', { name: /: map\. Use the arrow keys to go through the 5 regions on the map/ }, { timeout: 10_000 });
    const shape = (id: string) => container.querySelector(`.map-svg path[data-country="${id}"]`)!;
    // By TIV, as the bars are: Europe 50,900 in the darkest class, Asia and Oceania and the Middle East the next.
    expect(['FRA', 'POL', 'UKR', 'RUS'].map((id) => [shape(id).getAttribute('data-id'), shape(id).getAttribute('data-class')])).toEqual(Array(4).fill(['Europe', '6']));
    expect(['IND', 'CHN', 'AUS'].map((id) => [shape(id).getAttribute('data-id'), shape(id).getAttribute('data-class')])).toEqual(Array(3).fill(['Asia and Oceania', '5']));
    expect(shape('TUR')).toHaveAttribute('data-id', 'Middle East');
    expect(screen.getByRole('list', { name: 'SIPRI TIV (millions) by region, 2021–2025; each country in its region’s colour' })).toBeInTheDocument();
    expect(container.querySelector('.shares-map figcaption')).toHaveTextContent(
      /^Each country is coloured by its region’s total, not by its own\. The 5 largest, in SIPRI TIV \(millions\) for 2021–2025 with the share of the total: Europe 50,900 \(33%\), Asia and Oceania 47,511 \(31%\)/,
    );
    const notOnMap = screen.getByRole('region', { name: 'Not on the map' });
    expect(within(notOnMap).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'No region (organisations, unknown parties) 753 (0.49%) – SIPRI places them in no region',
    ]);
    // The arrow keys go through the regions; Enter lists a region's deals.
    map.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.querySelector('.map-readout--below')).toHaveTextContent(/^Europe: 50,900 TIV \(millions\), 33% of the total, 2021–2025\. 1 of 5 on the map\./);
    await user.click(within(notOnMap).getByRole('button', { name: 'No region (organisations, unknown parties)' }));
    const deals = await screen.findByRole('region', { name: 'Deals behind No region (organisations, unknown parties), 2021–2025' });
    expect(within(deals).getByText('Deliveries to the 7 recipients SIPRI places in no region (organisations, unknown parties)')).toBeInTheDocument();
    expect(await within(deals).findAllByRole('row', { name: /NATO/ })).toHaveLength(3);
    // The map's CSV: one row per region, and whether it is on the map.
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const rows = csvOf(saved);
    expect(rows[0]![0]).toBe('Region');
    expect(rows.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['Europe', 'yes'],
      ['Asia and Oceania', 'yes'],
      ['Middle East', 'yes'],
      ['Americas', 'yes'],
      ['Africa', 'yes'],
      ['No region (organisations, unknown parties)', 'no: SIPRI places them in no region'],
    ]);
  });

  it('counts only the weapons of the lens, and names them', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp(`${EUROPE_2021_2025}&category=Ships`);
    expect(await screen.findByRole('heading', { level: 1, name: 'The world’s ship imports by region, 2021–2025' })).toBeInTheDocument();
    const bars = await findBars();
    expect(bars[0]).toHaveAccessibleName(/^1\. Middle East: 40%/);
    await user.click(bars[0]!);
    const deals = await screen.findByRole('region', { name: 'Deals behind Middle East: 40% of the world’s ship imports, 2021–2025' });
    expect(new URL(within(deals).getByRole('link', { name: 'Open these deals in the deals table' }).getAttribute('href')!, 'http://localhost').searchParams.get('category')).toBe('Ships');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(saved.mock.calls[0]![1]).toBe('the-world-s-ship-imports-by-region-2021-2025_ships-only_bars_sipri-march-2026.csv');
    expect(csvOf(saved)[1]![5]).toBe('Ships only');
  });

  it('drops a grouping beside a country, or a row of another grouping, with a notice', async () => {
    renderApp('/shares?recipient=PAK&group=region');
    expect(await screen.findByRole('heading', { level: 1, name: /^Who supplied Pakistan’s arms imports/ })).toBeInTheDocument();
    expect(await screen.findByText(/Ignored group=“region”: regions group the world’s importers or exporters/)).toBeInTheDocument();
  });
});
