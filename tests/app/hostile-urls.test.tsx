import { cleanup, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app.tsx';

/**
 * Every route under hostile and random search params: the page still renders (its h1 or the not-found page),
 * drops what it cannot use with a notice (/shares, /deals), falls back to defaults, never turns text into
 * markup, and logs no error (console.error, which includes React's act() warnings, or an uncaught error).
 */

let errors: string[] = [];
const onWindowError = (event: ErrorEvent) => errors.push(`uncaught: ${String(event.error ?? event.message)}`);

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ').slice(0, 1000));
  });
  window.addEventListener('error', onWindowError);
});

afterEach(() => {
  // Unmount first, so that errors while unmounting count too.
  cleanup();
  window.removeEventListener('error', onWindowError);
  vi.restoreAllMocks();
  expect(errors, 'console.error or uncaught errors').toEqual([]);
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const LONG = 'x'.repeat(5000);

const q = (params: Record<string, string> | [string, string][]) => new URLSearchParams(params).toString();

// ---------------------------------------------------------------------------------------------------------
// Pages and what "settled" means for each

type Route = '/' | '/shares' | '/deals' | '/deals/1' | '/deals/99999999' | '/deals/abc' | '/nope';

const SHARES_KEYS = ['recipient', 'supplier', 'ranking', 'category', 'weapon', 'from', 'to', 'measure', 'window', 'top', 'pin', 'hide', 'ussr', 'tab'];
const DEALS_KEYS = ['supplier', 'recipient', 'category', 'status', 'q', 'from', 'to', 'yearOf', 'sort', 'page', 'pageSize'];
/** The settings a route reads from its search params; other routes read none. */
const SETTINGS: Partial<Record<Route, string[]>> = { '/shares': SHARES_KEYS, '/deals': DEALS_KEYS };

// The weapons named as the lens says (src/domain/weapon-lens.ts): "arms imports", "aircraft imports", "imports of weapons matching “…”".
const SHARES_TITLE = /^(Who supplied .+’s .*imports.*|Whom .+ supplied with .+|The world’s largest .*(importers|exporters).*), \d{4}(–\d{4})?$/s;

/** Waits until the page has its data (or its final message) and returns its h1. */
async function settle(route: Route): Promise<HTMLElement> {
  switch (route) {
    case '/': {
      const h1 = await screen.findByRole('heading', { level: 1, name: 'Who arms whom, year by year' });
      await screen.findByRole('heading', { level: 2, name: /India’s arms imports by supplier, 1950–2025/ });
      return h1;
    }
    case '/shares': {
      const h1 = await screen.findByRole('heading', { level: 1, name: SHARES_TITLE });
      await waitFor(() =>
        expect(
          screen.queryByRole('list', { name: /Series/ }) ??
            screen.queryByRole('tabpanel') ??
            screen.queryByText(/^No .*(are recorded in|match “)/s),
        ).not.toBeNull(),
      );
      return h1;
    }
    case '/deals': {
      const h1 = await screen.findByRole('heading', { level: 1, name: 'Deals: the SIPRI Trade Register' });
      await waitFor(() =>
        expect(screen.queryByText(/deals?; .* TIV \(millions\) delivered/) ?? screen.queryByText('No deals match these filters.')).not.toBeNull(),
      );
      return h1;
    }
    case '/deals/1': {
      await screen.findByText('TIV delivered (millions)');
      return screen.getByRole('heading', { level: 1 });
    }
    case '/deals/99999999':
      return screen.findByRole('heading', { level: 1, name: 'Deal not found' });
    case '/deals/abc':
    case '/nope':
      return screen.findByRole('heading', { level: 1, name: 'Page not found' });
  }
}

/** What must hold on every page, whatever the URL. */
function expectSafePage(container: HTMLElement, h1: HTMLElement) {
  expect(h1.textContent?.trim()).not.toBe('');
  // The layout is still there: header navigation and footer.
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  // No error boundary, no error message.
  expect(screen.queryByText('Something went wrong on this page')).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  // Text from the URL stays text: no markup made of it.
  expect(container.querySelectorAll('script')).toHaveLength(0);
  expect(document.querySelectorAll('script')).toHaveLength(0);
  expect(container.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
  expect(container.querySelectorAll('img')).toHaveLength(0);
  for (const link of container.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')!.trim().toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
  }
  // Nothing from the URL is shown at full length (5,000 characters).
  expect(container.textContent!.includes('x'.repeat(200))).toBe(false);
}

const notice = () => screen.queryAllByRole('status').find((el) => el.textContent?.includes('Ignored')) ?? null;

async function visit(route: Route, search: string) {
  const view = renderApp(search ? `${route}?${search}` : route);
  const h1 = await settle(route);
  expectSafePage(view.container, h1);
  return { ...view, h1 };
}

// ---------------------------------------------------------------------------------------------------------
// Hand-picked hostile URLs

describe('/shares with hostile URLs', () => {
  it.each([
    ['unknown recipient, years out of range', q({ recipient: 'ATLANTIS', from: '2030', to: '1800' }), 'Who supplied India’s arms imports, 1950–2025', ['recipient', 'from', 'to']],
    ['from after to', q({ from: '2010', to: '2000' }), 'Who supplied India’s arms imports, 2010–2025', ['to']],
    ['huge numbers', q({ from: '1e308', to: '99999999999999999999', top: '1e308' }), 'Who supplied India’s arms imports, 1950–2025', ['from', 'to', 'top']],
    ['negative and empty', q({ from: '-1990', top: '-5', window: '-1', measure: '' }), 'Who supplied India’s arms imports, 1950–2025', ['from', 'top', 'window', 'measure']],
    ['script and img markup', q({ recipient: SCRIPT, hide: IMG }), 'Who supplied India’s arms imports, 1950–2025', ['recipient', 'hide']],
    ['javascript: URLs', q({ supplier: 'javascript:alert(1)', measure: 'javascript:alert(1)' }), 'Who supplied India’s arms imports, 1950–2025', ['supplier', 'measure']],
    ['5,000-character key and value', q({ recipient: LONG, [LONG]: LONG }), 'Who supplied India’s arms imports, 1950–2025', ['recipient', '“xxxxxxxx']],
    ['unicode and full-width digits', q({ recipient: 'Ελλάδα', pin: '日本,🇮🇳', from: '１９９０' }), 'Who supplied India’s arms imports, 1950–2025', ['recipient', 'pin', 'from']],
    ['%00 and a broken % sequence', '%00=1&from=%00&to=%E0%A4%A', 'Who supplied India’s arms imports, 1950–2025', ['“', 'from', 'to']],
    ['recipient and supplier together', q({ supplier: 'RUS', recipient: 'IND' }), 'Who supplied India’s arms imports, 1950–2025', ['supplier']],
    ['bad tab and ussr in a ranking', q({ ranking: 'importers', tab: '<b>table</b>', ussr: 'merged' }), 'The world’s largest arms importers, 1950–2025', ['tab', 'ussr']],
    ['unknown categories, a 5,000-character weapon', q({ category: 'Aircraft,☃,constructor', weapon: LONG }), 'Who supplied India’s aircraft imports, 1950–2025', ['category', 'weapon']],
  ])('/shares, %s: falls back with a notice', async (_label, search, title, dropped) => {
    const { router } = await visit('/shares', search);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
    const shown = notice();
    expect(shown).not.toBeNull();
    for (const key of dropped) expect(shown).toHaveTextContent(`Ignored ${key}`);
    // The address bar keeps only what the page could use.
    await waitFor(() => expect(router.state.location.search).not.toContain('ATLANTIS'));
    const clean = new URLSearchParams(router.state.location.search);
    for (const key of clean.keys()) expect(SHARES_KEYS).toContain(key);
    for (const value of clean.values()) expect(value).not.toMatch(/[<>"]|javascript:|x{41}/);
  });

  it('takes the first of a repeated key and still renders', async () => {
    await visit('/shares', 'recipient=PAK&recipient=IND&from=2000&from=1800');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Who supplied (Pakistan|India)’s arms imports, 2000–2025/);
  });

  it('searches for a script text as a weapon, as text', async () => {
    await visit('/shares', q({ recipient: 'PAK', weapon: SCRIPT }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who supplied Pakistan’s imports of weapons matching “<script>alert(1)</script>”, 1950–2025');
    expect(await screen.findByText(/^No deliveries to Pakistan in 1950–2025 match “<script>alert\(1\)<\/script>”\./)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Weapon' })).toHaveValue(SCRIPT);
    expect(notice()).toBeNull();
  });

  it('shows the table tab without a console error', async () => {
    await visit('/shares', q({ recipient: 'PAK', tab: 'table' }));
    expect(await screen.findByRole('table', { name: /Pakistan/ })).toBeInTheDocument();
  });

  it('takes valid settings without a notice', async () => {
    await visit('/shares', q({ supplier: 'RUS', from: '2000', to: '2000', measure: 'lines', top: '3' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Whom Russia (incl. Soviet Union) supplied with arms, 2000');
    expect(notice()).toBeNull();
  });
});

describe('/deals with hostile URLs', () => {
  it.each([
    ['unknown ids, years out of range, bad paging', q({ supplier: 'ATLANTIS', recipient: 'XYZ,PAK', from: '2030', to: '1800', page: '0', pageSize: '1e308' }), ['supplier', 'recipient', 'from', 'to', 'page', 'pageSize']],
    ['huge page, javascript: sort, script yearOf', q({ page: '99999999999999999999', sort: 'javascript:alert(1)', yearOf: SCRIPT }), ['page', 'sort', 'yearOf']],
    ['5,000-character search', q({ q: LONG }), ['q']],
    ['from after to, img markup', q({ from: '2010', to: '2000', status: IMG }), ['to', 'status']],
    ['unknown category, negative paging', q({ category: 'Aircraft,☃,constructor', pageSize: '-50', page: '-1' }), ['category', 'pageSize', 'page']],
    ['%00 and a broken % sequence', '%00=1&from=%00&q=%E0%A4%A', ['“', 'from']],
    ['prototype names and a script key', q({ supplier: '__proto__', recipient: 'toString', [SCRIPT]: '1' }), ['supplier', 'recipient', '“<script>']],
  ])('/deals, %s: drops the bad values with a notice and lists deals', async (_label, search, dropped) => {
    const { router } = await visit('/deals', search);
    const shown = notice();
    expect(shown).not.toBeNull();
    for (const key of dropped) expect(shown).toHaveTextContent(`Ignored ${key}`);
    await waitFor(() => expect(router.state.location.search).not.toMatch(/ATLANTIS|script|javascript|%00/));
    for (const key of new URLSearchParams(router.state.location.search).keys()) expect(DEALS_KEYS).toContain(key);
    // The filters are still there.
    expect(screen.getByRole('combobox', { name: 'Supplier' })).toBeInTheDocument();
  });

  it('keeps the valid part of a list: Pakistan of XYZ,PAK', async () => {
    await visit('/deals', q({ recipient: 'XYZ,PAK' }));
    expect(screen.getByRole('button', { name: 'Remove Pakistan' })).toBeInTheDocument();
    expect(screen.getByText(/deals?; .* TIV \(millions\) delivered/)).toBeInTheDocument();
  });

  it('searches for script text as text', async () => {
    await visit('/deals', q({ q: SCRIPT }));
    expect(screen.getByRole('searchbox', { name: 'Search deals' })).toHaveValue(SCRIPT);
    expect(screen.getByText('No deals match these filters.')).toBeInTheDocument();
    expect(notice()).toBeNull();
  });

  it('takes the first of a repeated key and still renders', async () => {
    await visit('/deals', 'supplier=RUS&supplier=USA&pageSize=25&pageSize=9999');
    expect(screen.getAllByRole('button', { name: /^Remove (Russia|United States)$/ })).toHaveLength(1);
  });

  it('moves a page past the end to the last page', async () => {
    const { router } = await visit('/deals', q({ page: '600' }));
    expect(await screen.findByRole('table', { name: 'Deals 29,901–29,916 of 29,916' })).toBeInTheDocument();
    expect(screen.getByText('Page 599 of 599')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=599');
    expect(await screen.findByText('Ignored page=“600”: there are 599 pages of deals; the last is shown.')).toBeInTheDocument();
  });

  it('keeps the notice of a bad link when it also moves to the last page', async () => {
    const { router } = await visit('/deals', 'supplier=ZZZ,RUS&recipient=PAK&page=9999');
    expect(await screen.findByText('Page 1 of 1')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?supplier=RUS&recipient=PAK'));
    // The notice reads its sentences from the history entry: the move to the last page keeps them there.
    expect(router.state.location.state).toEqual({
      notices: [expect.stringMatching(/^Ignored supplier=“ZZZ,RUS”: “ZZZ” not in the data/), 'Ignored page=“9999”: there is 1 page of deals; the last is shown.'],
    });
    expect(screen.getByText(/Ignored supplier=“ZZZ,RUS”: “ZZZ” not in the data/)).toBeInTheDocument();
    expect(await screen.findByText('Ignored page=“9999”: there is 1 page of deals; the last is shown.')).toBeInTheDocument();
  });
});

describe('other routes ignore hostile params', () => {
  const HOSTILE = [
    q({ recipient: 'ATLANTIS', from: '2030', to: '1800' }),
    q({ from: '1e308', to: '99999999999999999999', page: '-1' }),
    q({ x: SCRIPT, y: 'javascript:alert(1)', z: IMG }),
    q({ q: LONG, [LONG]: '1' }),
    'a=1&a=2&%00=%00&u=%E2%98%83',
  ];
  it.each([
    ['/', 'Who arms whom, year by year'],
    ['/deals/1', /\S/],
    ['/deals/99999999', 'Deal not found'],
    ['/deals/abc', 'Page not found'],
    ['/nope', 'Page not found'],
  ] as [Route, string | RegExp][])('%s renders whatever the params', async (route, title) => {
    for (const search of HOSTILE) {
      const { h1, unmount } = await visit(route, search);
      expect(h1).toHaveTextContent(title);
      expect(notice()).toBeNull();
      unmount();
    }
  });

  it('/deals/1 is a deal page, not the not-found page', async () => {
    const { h1 } = await visit('/deals/1', '');
    expect(h1).not.toHaveTextContent('Page not found');
    expect(screen.getByText(/^All deals .+ → .+$/)).toBeInTheDocument();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Random params (fast-check), a few runs per `it` to stay within the dom project's 20 s per test

type Entry = [string, string];

const hostileValue = fc.oneof(
  fc.constantFrom(SCRIPT, IMG, 'javascript:alert(1)', LONG, '', ' ', '%00', '%', '-1', '0', '1e308', '99999999999999999999', '1.5', 'NaN', '__proto__', 'constructor', ',', 'RUS,ATLANTIS', 'IND', 'PAK,USA', 'other'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.integer().map(String),
);
const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
  recipient: fc.constantFrom('IND', 'PAK', 'CHN', 'EGY', 'SUN'),
  supplier: fc.constantFrom('RUS', 'USA', 'FRA', 'SUN', 'RUS,USA'),
  ranking: fc.constantFrom('importers', 'exporters'),
  from: fc.integer({ min: 1940, max: 2030 }).map(String),
  to: fc.integer({ min: 1940, max: 2030 }).map(String),
  measure: fc.constantFrom('share', 'tiv', 'lines'),
  window: fc.constantFrom('1', '5'),
  top: fc.constantFrom('3', '5', '8', '10', '15'),
  pin: fc.constantFrom('RUS', 'USA,FRA', 'other'),
  hide: fc.constantFrom('other', 'RUS', 'USA,FRA'),
  ussr: fc.constantFrom('separate', 'together'),
  tab: fc.constantFrom('chart', 'table'),
  category: fc.constantFrom('Aircraft', 'Ships,Missiles', 'aircraft'),
  status: fc.constantFrom('New', 'Second hand', 'new'),
  q: fc.constantFrom('mi-35', 'tank', 'F-16'),
  weapon: fc.constantFrom('mi-35', 'helicopter', 'zzz'),
  yearOf: fc.constantFrom('order', 'delivery'),
  sort: fc.constantFrom('orderYear:desc', 'tivDelivered:asc', 'designation:desc', 'id:asc'),
  page: fc.constantFrom('1', '2', '3'),
  pageSize: fc.constantFrom('25', '50', '100', '250'),
};

function randomEntries(keys: readonly string[]): fc.Arbitrary<Entry[]> {
  const known: fc.Arbitrary<Entry> = fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(fc.constant(key), fc.oneof({ weight: 2, arbitrary: PLAUSIBLE[key] ?? hostileValue }, { weight: 1, arbitrary: hostileValue })));
  const junk: fc.Arbitrary<Entry> = fc.tuple(fc.oneof(fc.constantFrom('colour', SCRIPT, '__proto__', ''), fc.string({ unit: 'binary', minLength: 1, maxLength: 6 })), hostileValue);
  return fc.array(fc.oneof({ weight: 3, arbitrary: known }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 5 });
}

const RUNS_PER_IT = 3;
const PARTS = [1, 2, 3, 4, 5];

async function randomVisits(route: Route) {
  const keys = SETTINGS[route] ?? SHARES_KEYS;
  await fc.assert(
    fc.asyncProperty(randomEntries(keys), async (entries) => {
      const search = entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
      errors = [];
      try {
        const { router } = await visit(route, search);
        const settings = SETTINGS[route];
        if (settings) {
          const sent = new URLSearchParams(search);
          if ([...sent.keys()].some((key) => !settings.includes(key))) expect(notice(), 'a notice for an unknown key').not.toBeNull();
          // Once settled, the address bar holds only settings the page could use.
          await waitFor(() => {
            const clean = new URLSearchParams(router.state.location.search);
            expect([...clean.keys()].every((key) => settings.includes(key))).toBe(true);
          });
        } else {
          expect(notice()).toBeNull();
        }
        expect(errors).toEqual([]);
      } finally {
        cleanup();
      }
    }),
    { numRuns: RUNS_PER_IT },
  );
}

describe('random search params on every route (fast-check)', () => {
  const routes: Route[] = ['/', '/shares', '/deals', '/deals/1', '/deals/99999999', '/deals/abc', '/nope'];
  for (const route of routes) {
    for (const part of PARTS) {
      it(`${route}: ${RUNS_PER_IT} random URLs (${part}/${PARTS.length})`, async () => {
        await randomVisits(route);
      });
    }
  }
});
