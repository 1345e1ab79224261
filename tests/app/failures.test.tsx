import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node.ts';
import { renderApp } from '../render-app.tsx';

/**
 * The app when the API fails: server errors, no network, unreadable answers, slow answers, and answers of
 * the wrong shape. Each page says what went wrong, keeps its controls, recovers on Retry, and logs nothing
 * (console.error, which includes React's act() warnings) unless a component really crashed.
 */

let errors: string[] = [];
/** Set by a test whose point is a crash, where React and the router log the error on purpose. */
let crashExpected = false;

beforeEach(() => {
  errors = [];
  crashExpected = false;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ').slice(0, 1000));
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  if (!crashExpected) expect(errors, 'console.error').toEqual([]);
});

const BOOM = { error: { code: 'internal_error', message: 'Database offline.' } };
const NETWORK = 'The data service could not be reached. Check your connection and try again.';
const UNREADABLE = 'The data service sent an unreadable answer (HTTP 200).';

const failWith500 = (path: string) => http.get(`*/api/v1${path}`, () => HttpResponse.json(BOOM, { status: 500 }));
const failWithNetwork = (path: string) => http.get(`*/api/v1${path}`, () => HttpResponse.error());
const failWithBadJson = (path: string) =>
  http.get(`*/api/v1${path}`, () => new HttpResponse('{not json', { status: 200, headers: { 'Content-Type': 'application/json' } }));

interface Page {
  url: string;
  /** The endpoint whose failure the page shows in its body. */
  endpoint: string;
  /** How the page names what could not be loaded. */
  label: string;
  loading: string;
  /** The page's own heading and controls, which must survive the failure. */
  expectChrome: () => Promise<void>;
  /** The data, once loaded. */
  expectData: () => Promise<void>;
}

const PAGES: Page[] = [
  {
    url: '/',
    endpoint: '/shares',
    label: "India's imports",
    loading: 'Loading India\'s imports…',
    expectChrome: async () => {
      expect(await screen.findByRole('heading', { level: 1, name: 'Who arms whom, year by year' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Russia → Pakistan, helicopters' })).toBeInTheDocument();
    },
    expectData: async () => {
      expect(await screen.findByRole('heading', { level: 2, name: /India’s arms imports by supplier, 1950–2025/ })).toBeInTheDocument();
    },
  },
  {
    url: '/shares?recipient=PAK&from=2000',
    endpoint: '/shares',
    label: 'The shares',
    loading: 'Loading the shares…',
    expectChrome: async () => {
      expect(await screen.findByRole('heading', { level: 1, name: 'Who supplied Pakistan’s arms imports, 2000–2025' })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Recipient' })).toHaveValue('Pakistan');
      expect(screen.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '2000');
      expect(screen.getByRole('radio', { name: /Share/ })).toBeChecked();
    },
    expectData: async () => {
      const legend = await screen.findByRole('list', { name: /Series/ });
      expect(within(legend).getAllByRole('button').length).toBeGreaterThan(1);
      expect(screen.getByText(/2000–2025:/)).toBeInTheDocument();
    },
  },
  {
    url: '/deals?supplier=RUS&recipient=PAK',
    endpoint: '/deals',
    label: 'The deals',
    loading: 'Loading the deals…',
    expectChrome: async () => {
      expect(await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Supplier' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Russia' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Remove Pakistan' })).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: 'Search deals' })).toBeInTheDocument();
    },
    expectData: async () => {
      expect(await screen.findByText(/deals?; .* TIV \(millions\) delivered/)).toBeInTheDocument();
      expect(screen.getByRole('table', { name: /^Deals 1–\d+ of \d+$/ })).toBeInTheDocument();
    },
  },
];

/** The header and footer: the app around the page never goes blank. */
function expectLayout() {
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Arms Transfer Tracker' })).toBeInTheDocument();
  expect(screen.getByRole('contentinfo')).toBeInTheDocument();
}

describe.each(PAGES)('$url when the API fails', (page) => {
  it('a 500 shows the server’s message with Retry, keeps the controls, and Retry recovers', async () => {
    const user = userEvent.setup();
    server.use(failWith500(page.endpoint));
    renderApp(page.url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${page.label} could not be loaded: Database offline.`);
    await page.expectChrome();
    expectLayout();
    // Still failing: Retry shows the error again, nothing else.
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Database offline.');
    server.resetHandlers();
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    await page.expectData();
    expect(screen.queryByRole('alert')).toBeNull();
    await page.expectChrome();
  });

  it('no network: says the service could not be reached', async () => {
    server.use(failWithNetwork(page.endpoint));
    renderApp(page.url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${page.label} could not be loaded: ${NETWORK}`);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await page.expectChrome();
    expectLayout();
  });

  it('malformed JSON: says the answer was unreadable, no crash', async () => {
    server.use(failWithBadJson(page.endpoint));
    renderApp(page.url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${page.label} could not be loaded: ${UNREADABLE}`);
    await page.expectChrome();
    expectLayout();
    expect(screen.queryByText('Something went wrong on this page')).toBeNull();
  });

  it('a slow answer: a loading state, then the data', async () => {
    let answered = false;
    server.use(
      http.get(`*/api/v1${page.endpoint}`, async () => {
        await delay(300);
        answered = true;
        // Nothing returned: the request falls through to the real handler.
      }),
    );
    renderApp(page.url);
    const loading = await screen.findByText(page.loading);
    expect(loading).toHaveAttribute('role', 'status');
    expect(answered).toBe(false);
    await page.expectData();
    expect(answered).toBe(true);
    expect(screen.queryByText(page.loading)).toBeNull();
  });
});

describe('the route-level queries failing', () => {
  it.each(['/shares', '/deals', '/deals/1'])('%s: /meta unreachable shows the error in the page, the layout stays', async (url) => {
    server.use(failWithNetwork('/meta'));
    renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`The data description could not be loaded: ${NETWORK}`);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expectLayout();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Source: SIPRI Arms Transfers Database');
  });

  it('/shares: /countries failing with a 500 shows its message, and Retry recovers', async () => {
    const user = userEvent.setup();
    server.use(failWith500('/countries'));
    renderApp('/shares');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of countries could not be loaded: Database offline.');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('list', { name: /Series/ })).toBeInTheDocument();
  });

  it('/deals/1: a 500 for the deal is an error with Retry, not the not-found page', async () => {
    server.use(failWith500('/deals/:id'));
    renderApp('/deals/1');
    expect(await screen.findByRole('alert')).toHaveTextContent('The deal could not be loaded: Database offline.');
    expect(screen.queryByRole('heading', { name: /not found/ })).toBeNull();
    expectLayout();
  });
});

describe('/shares keeps the previous data while the next loads', () => {
  it('moving the years asks nothing of the API: the chart is cut from the series on hand', async () => {
    const user = userEvent.setup();
    const { router, queryClient } = renderApp('/shares');
    await screen.findByRole('list', { name: /Series/ });
    const requests: string[] = [];
    const count = ({ request }: { request: Request }) => void requests.push(request.url);
    server.events.on('request:start', count);
    try {
      screen.getByRole('slider', { name: 'Start year' }).focus();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(await screen.findByText('1952–2025:')).toBeInTheDocument();
      // Before the URL has taken the years (it does once the slider rests): another setting takes them along.
      expect(router.state.location.search).toBe('');
      await user.click(screen.getByRole('radio', { name: /Rolling five-year sums/ }));
      await waitFor(() => expect(router.state.location.search).toBe('?from=1952&window=5'));
      expect(await screen.findByText(/five-year sums\. TIV is SIPRI/)).toBeInTheDocument();
      expect(requests.filter((url) => new URL(url).pathname === '/api/v1/shares')).toEqual([]);
      expect(queryClient.getQueryCache().findAll({ queryKey: ['shares'] })).toHaveLength(1);
    } finally {
      server.events.removeListener('request:start', count);
    }
  });

  it('another recipient keeps the chart and legend on screen until its answer arrives', async () => {
    const user = userEvent.setup();
    renderApp('/shares');
    const legend = await screen.findByRole('list', { name: /Series/ });
    expect(screen.getByText('1950–2025:')).toBeInTheDocument();
    const before = within(legend).getAllByRole('button').map((b) => b.textContent);

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    server.use(
      http.get('*/api/v1/shares', async () => {
        requests++;
        await gate;
      }),
    );

    const box = screen.getByRole('combobox', { name: 'Recipient' });
    await user.clear(box);
    await user.keyboard('pakis');
    await user.click(await screen.findByRole('option', { name: /Pakistan/ }));
    // The view follows the URL at once…
    expect(await screen.findByRole('heading', { level: 1, name: /Pakistan’s arms imports, 1950–2025/ })).toBeInTheDocument();
    await waitFor(() => expect(requests).toBeGreaterThan(0));
    // …while India's chart, legend and summary stay, marked busy, with no loading message.
    await delay(100);
    expect(screen.getByRole('list', { name: /Series/ })).toBe(legend);
    expect(within(legend).getAllByRole('button').map((b) => b.textContent)).toEqual(before);
    expect(screen.getByRole('tabpanel')).toBeInTheDocument();
    expect(screen.queryByText(/Loading/)).toBeNull();
    expect(legend.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');

    release();
    await waitFor(() => expect(within(screen.getByRole('list', { name: /Series/ })).getAllByRole('button').map((b) => b.textContent)).not.toEqual(before));
    await waitFor(() => expect(screen.getByRole('list', { name: /Series/ }).closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false'));
  });
});

describe('answers of the wrong shape', () => {
  it.each([
    ['/shares', '/shares', { rows: null }, "Cannot read properties of undefined (reading 'filter')", 'Deals', 'Deals: the SIPRI Trade Register'],
    ['/', '/shares', { rows: null }, "Cannot read properties of null (reading 'map')", 'Deals', 'Deals: the SIPRI Trade Register'],
    ['/deals', '/deals', { total: 5 }, "Cannot read properties of undefined (reading 'tivDelivered')", 'Overview', 'Who arms whom, year by year'],
  ])('%s with %s answering %j: the route’s error boundary, the layout and the other routes still work', async (url, endpoint, body, message, link, otherHeading) => {
    crashExpected = true;
    const user = userEvent.setup();
    server.use(http.get(`*/api/v1${endpoint}`, () => HttpResponse.json(body)));
    renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeInTheDocument();
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('link', { name: 'go to the overview' })).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expectLayout();
    // The crash was reported (React and the router log it), not swallowed.
    expect(errors.some((e) => e.includes(message))).toBe(true);
    // The header's links lead on to a working page.
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: link }));
    expect(await screen.findByRole('heading', { level: 1, name: otherHeading })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong on this page')).toBeNull();
  });
});
