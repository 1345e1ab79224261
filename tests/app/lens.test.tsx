import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { server } from '../../mocks/node.ts';
import * as download from '../../src/lib/download.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const weaponBox = () => screen.getByRole('searchbox', { name: 'Weapon' });
const summary = () => document.querySelector('.period-summary');
const search = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);

/** The API requests to `path` made from now to the end of the test, by their query strings. */
function requestsTo(path: string): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  const listen = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === path) seen.push(url.searchParams);
  };
  server.events.on('request:start', listen);
  onTestFinished(() => void server.events.removeListener('request:start', listen));
  return seen;
}

describe('the weapon lens on /shares', () => {
  it('counts one category: the title, the period’s shares of that total, and the concentration say so', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?from=2021');
    await heading('Who supplied India’s arms imports, 2021–2025');
    await user.click(screen.getByText('Armament category:')); // the disclosure's summary
    await user.click(screen.getByRole('checkbox', { name: 'Aircraft' }));
    expect(search(router).get('category')).toBe('Aircraft');
    await heading('Who supplied India’s aircraft imports, 2021–2025');
    // The share of a filtered view is a share of the filtered total, and its button opens those deals.
    const russia = await screen.findByRole('button', { name: /^Russia \(incl\. Soviet Union\) 18% of India’s aircraft imports, 2021–2025: show the deals$/ });
    expect(russia.closest('p')).toHaveTextContent(/^2021–2025: France 53%, United States 22%, Russia \(incl\. Soviet Union\) 18%, .* of India’s aircraft imports; total 3,785 TIV \(millions\)\.$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Concentration by five-year period: Aircraft only' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /\(Share of each year’s total; Aircraft only\)/ })).toBeInTheDocument();
    expect(screen.getByText(/Aircraft only: every value counts only the matching deals, and a share is a share of their total\./)).toBeInTheDocument();

    await user.click(russia);
    const deals = await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union): 18% of India’s aircraft imports, 2021–2025' });
    expect(within(deals).getByRole('link', { name: 'Open these deals in the deals table' })).toHaveAttribute(
      'href',
      '/deals?from=2021&to=2025&supplier=RUS&recipient=IND&category=Aircraft&ussr=together',
    );
    // Only aircraft: the Su-30MK kits, no ships or missiles.
    const table = await within(deals).findByRole('table');
    const weapons = within(table).getAllByRole('link').map((link) => link.textContent);
    expect(weapons).toContain('Su-30MK');
    expect(weapons).not.toContain('Talwar');

    await user.click(screen.getByRole('button', { name: 'Count all weapons' }));
    expect(search(router).get('category')).toBeNull();
    await heading('Who supplied India’s arms imports, 2021–2025');
    // The button went with the filter: the focus is on the weapon search, not lost to the page's top.
    expect(screen.queryByRole('button', { name: 'Count all weapons' })).toBeNull();
    expect(weaponBox()).toHaveFocus();
  });

  it('asks for a typed weapon once typing rests, not at each keystroke, and hints how many deals match', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?recipient=PAK');
    await heading(/Pakistan’s arms imports/);
    const asked = requestsTo('/api/v1/shares');
    await user.type(weaponBox(), 'mi-35');
    expect(weaponBox()).toHaveValue('mi-35');
    expect(search(router).get('weapon')).toBeNull(); // not yet: typing has not rested
    await heading('Who supplied Pakistan’s imports of weapons matching “mi-35”, 1950–2025');
    expect(search(router).get('weapon')).toBe('mi-35');
    expect(asked.map((query) => query.get('q'))).toEqual(['mi-35']);
    expect(await screen.findByText('1 deal to Pakistan matches, in any year.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See them in the deals table' })).toHaveAttribute('href', '/deals?recipient=PAK&q=mi-35');
    expect(summary()).toHaveTextContent('1950–2025: Russia (incl. Soviet Union) 100% of Pakistan’s imports of weapons matching “mi-35”; total 46 TIV (millions).');

    // Enter sends the text at once; a weapon the country never bought says how many deals match elsewhere.
    await user.clear(weaponBox());
    await user.type(weaponBox(), 'rafale{Enter}');
    expect(search(router).get('weapon')).toBe('rafale');
    await waitFor(() => expect(document.querySelector('.lens__hint')).toHaveTextContent(/^No deal to Pakistan matches; \d+ deals match in the whole register\.$/));
    expect(await screen.findByText('No deliveries to Pakistan in 1950–2025 match “rafale”. Try other years, another country or other weapons.')).toBeInTheDocument();

    // Back shows the URL's text again in the box.
    await router.navigate(-1);
    await waitFor(() => expect(weaponBox()).toHaveValue('mi-35'));
  });

  it('keeps a change made while the text waits: the text lands on the view as it then is', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?recipient=PAK');
    await heading(/Pakistan’s arms imports/);
    await user.type(weaponBox(), 'mi-35');
    screen.getByRole('slider', { name: 'Start year' }).focus();
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(search(router).get('from')).toBe('1955'));
    await heading('Who supplied Pakistan’s imports of weapons matching “mi-35”, 1955–2025');
    expect(search(router).toString()).toBe('recipient=PAK&weapon=mi-35&from=1955');
  });

  it('says what the world ranking’s shares are of', async () => {
    renderApp('/shares?ranking=exporters&weapon=helicopter&from=2021');
    await heading('The world’s largest exporters of weapons matching “helicopter”, 2021–2025');
    await waitFor(() => expect(summary()).toHaveTextContent(/^2021–2025: United States \d+%.* of the world’s exports of weapons matching “helicopter”; total/));
  });

  it('keeps a slider step a render on a filtered view: the lens is in the query, the years are not', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?category=Aircraft&weapon=helicopter');
    await heading('Who supplied India’s imports of aircraft matching “helicopter”, 1950–2025');
    await screen.findByRole('list', { name: /Series/ });
    const asked = requestsTo('/api/v1/shares');
    screen.getByRole('slider', { name: 'Start year' }).focus();
    await user.keyboard('{PageUp}{PageUp}');
    await heading('Who supplied India’s imports of aircraft matching “helicopter”, 1960–2025');
    await waitFor(() => expect(search(router).get('from')).toBe('1960'));
    expect(asked).toEqual([]);
  });

  it('downloads the filtered view with the weapons counted on every row and in the file name', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/shares?recipient=PAK&category=Ships&from=2021&tab=table');
    expect(await screen.findByRole('table', { name: /^Who supplied Pakistan’s ship imports, 2021–2025: .*; Ships only$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [text, name] = saved.mock.calls[0]!;
    expect(name).toBe('who-supplied-pakistan-s-ship-imports-2021-2025_ships-only_share_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const column = rows[0]!.indexOf('Weapons counted');
    expect(column).toBe(rows[0]!.length - 2);
    expect(new Set(rows.slice(1).map((row) => row[column]))).toEqual(new Set(['Ships only']));
  });

  it('says when a weapon cannot be matched because the register failed to load, and retries', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v1/shares', () => HttpResponse.json({ error: { code: 'dataset_unavailable', message: 'The deals register is not available.' } }, { status: 500 }), { once: true }));
    renderApp('/shares?weapon=rafale');
    expect(await screen.findByRole('alert')).toHaveTextContent('The shares could not be loaded: The deals register is not available.');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(summary()).toHaveTextContent(/^1950–2025: France \d+%.* of India’s imports of weapons matching “rafale”; total [\d,]+ TIV \(millions\)\.$/));
  });
});

describe('the weapon lens on /pairs', () => {
  it('reaches the Mi-35M from the home page preset: the pair’s helicopters by year, then their deals', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Russia → Pakistan, helicopters' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deliveries and orders of aircraft matching “helicopter” between country pairs, 1965–2025' })).toBeInTheDocument();
    const legend = await screen.findByRole('list', { name: 'Pairs' });
    expect(legend).toHaveTextContent('Russia (incl. Soviet Union) → Pakistan: 75 delivered, 75 ordered (units); 524 TIV (millions) delivered');
    await user.click(await screen.findByRole('link', { name: 'See them in the deals table' }));
    const table = await screen.findByRole('table', { name: /Deals 1–10 of 10/ });
    await user.click(within(table).getByRole('link', { name: 'Mi-35M' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Mi-35M/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/deals\/\d+$/);
    expect(screen.getByText('Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: '2018 46' })).toBeInTheDocument();
    // The deal's own figures as SIPRI gives them: 4 × 11.5 = 46, where 12 would not add up.
    expect(screen.getByText('TIV per unit (millions)').nextElementSibling).toHaveTextContent(/^11\.5$/);
    expect(screen.getByRole('link', { name: 'Russia → Pakistan year by year: deliveries and orders' })).toHaveAttribute(
      'href',
      '/pairs?pairs=RUS%3APAK',
    );
  });

  it('draws the Mi-35M in units: four ordered in 2015, four delivered in 2018, TIV beside them', async () => {
    renderApp('/pairs?pairs=RUS:PAK&weapon=mi-35&measure=units&from=2014&to=2019&tab=table');
    await heading('Deliveries and orders of weapons matching “mi-35” between country pairs, 2014–2019');
    expect(await screen.findByRole('list', { name: 'Pairs' })).toHaveTextContent(
      'Russia (incl. Soviet Union) → Pakistan: 4 delivered, 4 ordered (units); 46 TIV (millions) delivered',
    );
    const table = screen.getByRole('table', { name: /^Deliveries and orders of weapons matching “mi-35” .*: Units \(number of weapons\) delivered, and ordered by year of order, with SIPRI TIV \(millions\) beside them$/ });
    const row = (year: string) => within(table).getByRole('row', { name: new RegExp(`^${year} `) });
    expect(row('2015')).toHaveTextContent(/^2015\s*0\s*4\s*0\s*46$/);
    expect(row('2018')).toHaveTextContent(/^2018\s*4\s*0\s*46\s*0$/);
    expect(screen.getByRole('radio', { name: 'Units (number of weapons)' })).toBeChecked();
    // The drill-down: the deals behind 2018's four, through the lens.
    await userEvent.setup().click(within(row('2018')).getByRole('button', { name: /2018: 4 \(units\) delivered/ }));
    const deals = await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → Pakistan, 2018 (Weapons matching “mi-35”)' });
    expect(await within(deals).findByRole('link', { name: 'Mi-35M' })).toBeInTheDocument();
    expect(within(deals).getByRole('link', { name: 'Open these deals in the deals table' })).toHaveAttribute(
      'href',
      '/deals?from=2018&to=2018&supplier=RUS&recipient=PAK&q=mi-35&ussr=together',
    );
  });

  it('offers units only for a narrow lens, says why, and drops units=… from a wider link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/pairs?pairs=RUS:PAK&measure=units');
    await heading(/^Arms deliveries and orders/);
    expect(await screen.findByText('Ignored measure=“units”: units are drawn only for a weapon search or a single category; TIV is shown.')).toBeInTheDocument();
    const units = screen.getByRole('radio', { name: 'Units (number of weapons)' });
    expect(units).toBeDisabled();
    expect(units).toHaveAccessibleDescription(/^Units are offered once a weapon search or a single category narrows the view/);
    await user.click(screen.getByText('Armament category:'));
    await user.click(screen.getByRole('checkbox', { name: 'Aircraft' }));
    await waitFor(() => expect(units).toBeEnabled());
    await user.click(units);
    expect(search(router).toString()).toBe('pairs=RUS%3APAK&category=Aircraft&measure=units');
    // A second category would add up different weapons: back to TIV.
    await user.click(screen.getByRole('checkbox', { name: 'Ships' }));
    expect(search(router).toString()).toBe('pairs=RUS%3APAK&category=Aircraft%2CShips');
    await heading(/^Aircraft and ship deliveries and orders between country pairs/);
  });

  it('says when no deal of the pairs matches', async () => {
    renderApp('/pairs?pairs=RUS:PAK&category=Ships&weapon=xyz&from=2021');
    expect(await screen.findByText('No ship deliveries from Russia (incl. Soviet Union) to Pakistan in 2021–2025 match “xyz”. Try other years, pairs or weapons.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });
});
