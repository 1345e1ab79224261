import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { server } from '../../mocks/node.ts';
import * as download from '../../src/lib/download.ts';
import { URL_REST_MS } from '../../src/lib/use-ahead-of-url.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

const summary = () => screen.findByText(/deals?; .* TIV \(millions\) delivered/);
/** The page's status line, for a screen reader (the export and the country choices have their own). */
const pageNews = () => screen.getAllByRole('status').find((status) => status.id === 'deals-news')!;

describe('deals explorer', () => {
  it('lists all 29,916 deals unfiltered, a page at a time', async () => {
    renderApp('/deals');
    expect((await summary()).parentElement).toHaveTextContent('29,916 deals');
    expect(screen.getByRole('table', { name: 'Deals 1–50 of 29,916' })).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 599')).toBeInTheDocument();
  });

  it('draws every row of a new page: its first screen with the count, the rest just after', async () => {
    const user = userEvent.setup();
    renderApp('/deals');
    const firstPage = await screen.findByRole('table', { name: 'Deals 1–50 of 29,916' });
    const ids = (table: HTMLElement) => within(table).getAllByRole('link').map((link) => link.getAttribute('data-deal-id'));
    const shownFirst = ids(firstPage);
    expect(shownFirst).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    const secondPage = await screen.findByRole('table', { name: 'Deals 51–100 of 29,916' });
    await waitFor(() => expect(ids(secondPage)).toHaveLength(50));
    expect(ids(secondPage).filter((id) => shownFirst.includes(id))).toEqual([]);
  });

  it('combines filters, shows counts per choice, and keeps them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&recipient=PAK');
    await summary();
    const aircraft = screen.getByRole('checkbox', { name: /^Aircraft/ });
    await waitFor(() => expect(aircraft.closest('label')).toHaveTextContent(/Aircraft\s*\d+/));
    expect(aircraft).toHaveAccessibleName(/^Aircraft [\d,]+ deals?$/); // not a bare number
    await user.click(aircraft);
    await user.type(screen.getByRole('searchbox', { name: 'Search deals' }), 'mi-35');
    await waitFor(() => expect(screen.getByText(/^1$/, { selector: 'strong' })).toBeInTheDocument());
    // The choices' counts follow the search (a render after the deals').
    await waitFor(() => expect(aircraft).toHaveAccessibleName('Aircraft 1 deal'));
    // The URL takes the text once the answers rest.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('mi-35'));
    expect(new URLSearchParams(router.state.location.search).get('category')).toBe('Aircraft');
  });

  it('tells a screen reader how many deals match once the search rests, and says nothing at first', async () => {
    const user = userEvent.setup();
    renderApp('/deals?supplier=RUS&recipient=PAK');
    await summary();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(pageNews()).toHaveTextContent(/^$/); // the summary already says it
    await user.type(screen.getByRole('searchbox', { name: 'Search deals' }), 'mi-35');
    await waitFor(() => expect(pageNews()).toHaveTextContent(/^\d+ deals? match(es)?\.$/));
    const total = screen.getByText(/deals?; .* TIV \(millions\) delivered/).querySelector('strong')!.textContent;
    expect(pageNews()).toHaveTextContent(new RegExp(`^${total} deals? match`));
    // The same number for a longer search is said again: the line's text changes, by a no-break space not read out.
    const said = pageNews().textContent;
    await user.type(screen.getByRole('searchbox', { name: 'Search deals' }), 'm');
    await waitFor(() => expect(pageNews().textContent).toBe(`${said}\u00a0`));
    await user.clear(screen.getByRole('searchbox', { name: 'Search deals' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search deals' }), 'no-such-weapon-xyz');
    await waitFor(() => expect(pageNews()).toHaveTextContent('No deals match these filters.'));
  });

  it('takes the Soviet Union with Russia at a tick, as the charts do, and says beside the totals which Russia it counts', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&recipient=IND');
    const apart = await summary();
    expect(apart).toHaveTextContent('Russia alone: the Soviet Union’s deals are not counted');
    const alone = Number(apart.querySelector('strong')!.textContent!.replace(/,/g, ''));
    await user.click(screen.getByRole('checkbox', { name: 'Soviet Union with Russia' }));
    expect(router.state.location.search).toBe('?supplier=RUS&recipient=IND&ussr=together');
    await waitFor(() => expect(screen.getByText(/deals?; .* TIV \(millions\) delivered/)).toHaveTextContent('Russia includes the Soviet Union'));
    const together = Number(screen.getByText(/deals?; .* TIV \(millions\) delivered/).querySelector('strong')!.textContent!.replace(/,/g, ''));
    expect(together).toBeGreaterThan(alone);
    // The chosen country is named as the charts name it.
    expect(screen.getByText('Russia (incl. Soviet Union)', { selector: '.multi-select__chip' })).toBeInTheDocument();
  });

  it('carries a chart’s Soviet Union with Russia into the deals it opens', async () => {
    renderApp('/deals?from=2018&to=2018&supplier=RUS&recipient=IND&ussr=together');
    expect(await summary()).toHaveTextContent('Russia includes the Soviet Union');
    expect(screen.getByRole('checkbox', { name: 'Soviet Union with Russia' })).toBeChecked();
  });

  it('starts years of delivery in 1950, and says why years of order go back to 1940', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?yearOf=order&from=1945&to=1960');
    await summary();
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuemin', '1940');
    expect(screen.getByText('Years of order go back to 1940: some deals delivered from 1950 on were ordered before it.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'years of delivery' }));
    expect(router.state.location.search).toBe('?to=1960');
    expect(screen.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuemin', '1950');
    expect(screen.getByText(/^Years of delivery start in 1950, the first year of SIPRI’s data/)).toBeInTheDocument();
  });

  it('swaps supplier and recipient', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&recipient=PAK');
    await summary();
    await user.click(screen.getByRole('button', { name: 'Swap supplier and recipient' }));
    expect(router.state.location.search).toBe('?supplier=PAK&recipient=RUS');
  });

  it('filters by the supplier’s or the recipient’s SIPRI region, and swaps them too', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&from=2021&to=2025');
    await summary();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Recipient region' }), 'South Asia');
    expect(router.state.location.search).toBe('?supplier=RUS&recipientRegion=South+Asia&from=2021&to=2025');
    // Russia's deliveries in 2021–2025 to India, Bangladesh, …: no recipient outside South Asia.
    await waitFor(() => expect(screen.getByRole('table', { name: /^Deals 1–\d+ of \d+$/ })).toHaveTextContent('India'));
    const recipients = within(screen.getByRole('table', { name: /^Deals 1–/ }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[1]?.textContent);
    const southAsia = ['Afghanistan', 'Bangladesh', 'Bhutan', 'India', 'Maldives', 'Nepal', 'Pakistan', 'Sri Lanka'];
    expect(recipients).toContain('India');
    expect(recipients.filter((name) => !southAsia.includes(name ?? ''))).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Swap supplier and recipient' }));
    expect(router.state.location.search).toBe('?recipient=RUS&supplierRegion=South+Asia&from=2021&to=2025');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Supplier region' }), 'Any');
    expect(router.state.location.search).toBe('?recipient=RUS&from=2021&to=2025');
  });

  it('sorts by a column in the API, unknown values last', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?recipient=PAK');
    await summary();
    await user.click(screen.getByRole('button', { name: /^TIV delivered/ }));
    expect(router.state.location.search).toBe('?recipient=PAK&sort=tivDelivered%3Adesc');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /TIV delivered/ })).toHaveAttribute('aria-sort', 'descending'));
    const firstRow = screen.getAllByRole('row')[1]!;
    const tiv = Number(within(firstRow).getAllByRole('cell').at(-1)!.textContent!.replace(/,/g, ''));
    expect(tiv).toBeGreaterThan(1000);
    // The focus stays on the heading: a screen reader hears the new order and which deals it shows.
    expect(screen.getByRole('button', { name: /^TIV delivered/ })).toHaveFocus();
    await waitFor(() => expect(pageNews()).toHaveTextContent(/^Sorted by TIV delivered, descending\. Showing Deals 1–50 of [\d,]+\.$/));
  });

  it('says when nothing matches and clears the filters', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?q=no-such-weapon-xyz');
    expect(await screen.findByText('No deals match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('');
    // The button went with the empty state: the focus goes to what is shown now.
    await waitFor(() => expect(screen.getByText(/deals; .* TIV \(millions\) delivered/).closest('p')).toHaveFocus());
  });

  it('keeps the sort and page size when clearing the filters, and the focus on the page when paging to an end', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS&recipient=PAK&sort=designation:asc&pageSize=25&page=2');
    await user.click(await screen.findByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=designation%3Aasc&pageSize=25'));
    const summary = await screen.findByText((_, element) => element?.tagName === 'P' && /^29,916 deals;/.test(element.textContent ?? ''));
    await waitFor(() => expect(summary).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toContain('page=2'));
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveFocus(); // still there, still enabled
    // The focus stayed on the pager: a screen reader is told which deals the new page shows.
    await waitFor(() => expect(pageNews()).toHaveTextContent('Showing Deals 26–50 of 29,916.'));
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled());
    expect(summary).toHaveFocus(); // not the page's top
  });

  it('keeps the filters when the API fails, and retries', async () => {
    const user = userEvent.setup();
    server.use(http.get('*/api/v1/deals', () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom.' } }, { status: 500 }), { once: true }));
    renderApp('/deals?supplier=RUS');
    expect(await screen.findByRole('alert')).toHaveTextContent('The deals could not be loaded: Boom.');
    expect(screen.getByRole('button', { name: 'Remove Russia' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await summary()).toBeInTheDocument();
  });

  it('drops bad filters from a shared link with a notice', async () => {
    renderApp('/deals?supplier=RUS,ATLANTIS&pageSize=9999');
    expect(await screen.findByText(/Ignored supplier=“RUS,ATLANTIS”: “ATLANTIS” not in the data/)).toBeInTheDocument();
    expect(screen.getByText(/Ignored pageSize/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Russia' })).toBeInTheDocument();
  });

  it('downloads every matching deal as CSV, not only the page on screen', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    renderApp('/deals?supplier=USA&recipient=IND&pageSize=25');
    const button = await screen.findByRole('button', { name: /Download CSV \(\d+ deals\)/ });
    const total = Number(/\((\d+) deals\)/.exec(button.textContent!)![1]);
    expect(total).toBeGreaterThan(25);
    await user.click(button);
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    const [file, name] = saved.mock.calls[0]!;
    expect(name).toBe('deals_from-united-states_to-india_sipri-march-2026.csv');
    expect(file.type).toMatch(/^text\/csv; ?charset=utf-8$/);
    const rows = Papa.parse<string[]>(await file.text(), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(total + 1);
    expect(rows[0]).toContain('Number delivered is an estimate');
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['USA']));
    expect(rows[1]!.at(-1)).toContain('March 2026 release');
  });

  it('says it is preparing the CSV while the export runs, keeps the focus, and says when it is handed over', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    let finish = () => {};
    const held = new Promise<void>((resolve) => (finish = resolve));
    // Answers nothing, so once released the request goes on to the real endpoint.
    server.use(http.get('*/api/v1/deals.csv', () => held, { once: true }));
    renderApp('/deals?supplier=RUS&recipient=PAK');
    const button = await screen.findByRole('button', { name: /Download CSV \(\d+ deals\)/ });
    const total = /\((\d+) deals\)/.exec(button.textContent!)![1];
    const exports: string[] = [];
    const count = ({ request }: { request: Request }) => void (new URL(request.url).pathname === '/api/v1/deals.csv' && exports.push(request.url));
    server.events.on('request:start', count);
    onTestFinished(() => void server.events.removeListener('request:start', count));
    await user.click(button);
    // A status of its own (the page has another, for paging).
    expect(await screen.findByText('Preparing the CSV…')).toHaveAttribute('role', 'status');
    // Marked busy but still focused, and a second press while it works starts nothing.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await user.click(button);
    finish();
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(screen.queryByText('Preparing the CSV…')).not.toBeInTheDocument();
    expect(within(button.parentElement!).getByRole('status')).toHaveTextContent(
      `Downloading deals_from-russia_to-pakistan_sipri-march-2026.csv (${total} deals).`,
    );
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveFocus();
    expect(exports).toHaveLength(1); // the press while it worked asked for nothing
    expect(saved).toHaveBeenCalledOnce();
    // Other deals: what it said of the last export goes, and does not come back with the same deals.
    const exportNews = () => screen.getByRole('button', { name: /Download CSV/ }).parentElement!.querySelector('[role="status"]');
    await user.click(screen.getByRole('checkbox', { name: /^Aircraft/ }));
    await waitFor(() => expect(exportNews()).toHaveTextContent(/^$/));
    await user.click(screen.getByRole('checkbox', { name: /^Aircraft/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: `Download CSV (${total} deals)` })).toBeInTheDocument());
    expect(exportNews()).toHaveTextContent(/^$/);
  });

  it('says why the CSV could not be made', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    server.use(http.get('*/api/v1/deals.csv', () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom.' } }, { status: 500 }), { once: true }));
    renderApp('/deals?supplier=RUS&recipient=PAK');
    await user.click(await screen.findByRole('button', { name: /Download CSV/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The CSV could not be made: Boom.');
    expect(saved).not.toHaveBeenCalled();
  });
});

describe('a deal page', () => {
  it('links to its pair and share views, keeping a Soviet deal’s Soviet Union apart from Russia', async () => {
    renderApp('/deals/10307'); // Soviet Union → India, Mi-4A
    const pair = await screen.findByRole('link', { name: 'Soviet Union → India year by year: deliveries and orders' });
    expect(pair).toHaveAttribute('href', '/pairs?pairs=SUN%3AIND&ussr=separate');
    expect(screen.getByRole('link', { name: 'Soviet Union’s share of India’s arms imports' })).toHaveAttribute(
      'href',
      '/shares?recipient=IND&pin=SUN&ussr=separate',
    );
    cleanup();
    renderApp('/deals/18733'); // Russia → Pakistan, Kornet
    const russian = await screen.findByRole('link', { name: 'Russia → Pakistan year by year: deliveries and orders' });
    expect(russian).toHaveAttribute('href', '/pairs?pairs=RUS%3APAK');
    expect(screen.getByRole('link', { name: 'Russia’s share of Pakistan’s arms imports' })).toHaveAttribute('href', '/shares?recipient=PAK&pin=RUS');
  });

  it('says how its TIV was spread over its years: here fitted to the pair-by-year tables', async () => {
    renderApp('/deals/10806'); // Soviet Union → India, MiG-21F-13, 1966–1969
    const section = (await screen.findByRole('heading', { name: 'Delivered TIV by year' })).closest('section')!;
    expect(section).toHaveTextContent(/An estimate of timing: .* fitted so that Soviet Union → India’s yearly totals follow the shape of the pair’s row in SIPRI’s pair-by-year tables \(March 2022 release\)\./);
    expect(within(section).getByText('How yearly values are made')).toBeInTheDocument();
    expect(within(section).getAllByRole('row')).toHaveLength(5);
  });
});

describe('searching while typing', () => {
  /** Holds every /deals request until released; then each goes on to the real endpoint. */
  function holdDeals() {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    server.use(
      http.get('*/api/v1/deals', async ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('q') ?? '');
        await gate;
      }),
    );
    return { release, asked };
  }
  const searchBox = () => screen.getByRole('searchbox', { name: 'Search deals' });
  const q = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search).get('q');

  /** The deals view at `url`, with `text` typed into the search box and its request held. */
  async function typeWhileHeld(url: string, text: string) {
    const user = userEvent.setup();
    const app = renderApp(url);
    const before = (await summary()).parentElement!.textContent!;
    const { release, asked } = holdDeals();
    await user.type(searchBox(), text);
    await waitFor(() => expect(asked).toContain(text));
    return { ...app, user, release, before };
  }
  const results = () => screen.getByRole('table').closest('[aria-busy]')!;

  it('keeps the last results until the search is answered, marks them busy when it is slow, then shows the answer', async () => {
    const { router, release, before } = await typeWhileHeld('/deals?supplier=RUS&recipient=PAK', 'mi-35');
    expect(searchBox()).toHaveValue('mi-35');
    // The URL and the table wait for the answer; past a moment the old results are marked busy.
    expect(q(router)).toBeNull();
    expect((await summary()).parentElement).toHaveTextContent(before);
    await waitFor(() => expect(results()).toHaveAttribute('aria-busy', 'true'));
    expect(results()).toHaveClass('stale');
    release();
    await waitFor(() => expect(screen.getByText(/^1$/, { selector: 'strong' })).toBeInTheDocument());
    await waitFor(() => expect(q(router)).toBe('mi-35'));
    expect(results()).toHaveAttribute('aria-busy', 'false');
    expect(results()).not.toHaveClass('stale');
  });

  it('takes the text along when another filter changes while a search waits', async () => {
    const { router, release, user } = await typeWhileHeld('/deals?supplier=RUS&recipient=PAK', 'mi-35');
    await user.click(screen.getByRole('checkbox', { name: /^Aircraft/ }));
    expect(new URLSearchParams(router.state.location.search).get('category')).toBe('Aircraft');
    expect(q(router)).toBe('mi-35');
    expect(searchBox()).toHaveValue('mi-35');
    release();
    await waitFor(() => expect(screen.getByText(/^1$/, { selector: 'strong' })).toBeInTheDocument());
    expect(q(router)).toBe('mi-35');
  });

  it('drops a waiting search when the filters are cleared', async () => {
    const { router, release, user } = await typeWhileHeld('/deals?supplier=RUS', 'mi');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('');
    expect(searchBox()).toHaveValue('');
    release();
    expect((await screen.findByText(/29,916/, { selector: 'strong' })).parentElement).toHaveTextContent('29,916 deals');
    await delay(50);
    expect(router.state.location.search).toBe('');
    expect(searchBox()).toHaveValue('');
  });

  it('lets a navigation from elsewhere win over a waiting search, which then never lands', async () => {
    const { router, release } = await typeWhileHeld('/deals?supplier=RUS', 'mi');
    await waitFor(() => expect(results()).toHaveClass('stale'));
    await act(() => router.navigate('/deals?recipient=PAK'));
    expect(searchBox()).toHaveValue('');
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Pakistan' })).toBeInTheDocument());
    await waitFor(() => expect(results()).toHaveAttribute('aria-busy', 'false'));
    expect(results()).not.toHaveClass('stale');
    await delay(50);
    expect(router.state.location.search).toBe('?recipient=PAK');
  });

  it('does not land over a navigation the router has started (a page still loading)', async () => {
    const { router, release, user } = await typeWhileHeld('/deals?supplier=RUS', 'mi');
    // The pair explorer's code loads on its first visit: the router waits for it while /deals stays on screen.
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Country pairs' }));
    expect(router.state.navigation.state).toBe('loading');
    release();
    await waitFor(() => expect(router.state.location.pathname).toBe('/pairs'));
    await delay(50);
    expect(router.state.location.pathname).toBe('/pairs');
  });

  it('draws an answer at once and puts its text in the URL once the answers rest; Back before then wins', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS');
    await summary();
    await act(() => router.navigate('/deals?supplier=RUS&recipient=PAK'));
    await user.type(searchBox(), 'mi-35');
    await waitFor(() => expect(screen.getByText(/^1$/, { selector: 'strong' })).toBeInTheDocument());
    await act(() => router.navigate(-1));
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    await act(() => new Promise((resolve) => setTimeout(resolve, URL_REST_MS + 50)));
    expect(router.state.location.search).toBe('?supplier=RUS');
    expect(searchBox()).toHaveValue('');
    // Typed again and left to rest, the text lands in the URL.
    await user.type(searchBox(), 'mi-35');
    await waitFor(() => expect(q(router)).toBe('mi-35'));
    expect(router.state.location.search).toBe('?supplier=RUS&q=mi-35');
  });

  it('shows a failed search with Retry, the text kept in the box and the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deals?supplier=RUS');
    await summary();
    server.use(http.get('*/api/v1/deals', () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom.' } }, { status: 500 })));
    await user.type(searchBox(), 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('The deals could not be loaded: Boom.');
    await waitFor(() => expect(q(router)).toBe('x'));
    expect(searchBox()).toHaveValue('x');
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await summary()).toBeInTheDocument();
    expect(q(router)).toBe('x');
  });
});
