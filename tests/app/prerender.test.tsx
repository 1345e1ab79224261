import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../core/routes.ts';
import { dataSources } from '../../mocks/node.ts';
import { SNAPSHOT_CHECK_SCRIPT } from '../../src/app/boot-snapshot-check.ts';
import { replaceSnapshotWhenDrawn } from '../../src/app/boot-snapshot.ts';
import { prerenderedFile, prerenderView, PRERENDER_CHART_WIDTH, withSnapshot } from '../../src/prerender.tsx';
import { renderApp } from '../render-app.tsx';

/** The build's prerender (src/prerender.tsx) over the committed data, as `npm run build` runs it. */
const api = createApi(dataSources);

/** Parsed, as the browser would hold it. */
function parse(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

/** What a view's chart says: its name and description, its series in drawing order, its tables' text. */
function chartFacts(view: ParentNode) {
  const svg = view.querySelector('main svg[role="img"]')!;
  return {
    title: svg.querySelector('title')?.textContent,
    desc: svg.querySelector('desc')?.textContent,
    series: [...svg.querySelectorAll('path[data-series]')].map((path) => path.getAttribute('data-series')),
    tables: [...view.querySelectorAll('main table')].map((table) => table.textContent),
    caption: view.querySelector('main figcaption')?.textContent,
  };
}

describe('the prerendered default views', () => {
  for (const view of ['/', '/shares']) {
    it(`draws ${view} as the app draws it from the same data: the same series, values and words`, async () => {
      const snapshot = parse(await prerenderView(api, view));
      const svg = snapshot.querySelector('main svg[role="img"]')!;
      // Drawn at the main column's width, scaled by its viewBox where the column is narrower.
      expect(svg).toHaveAttribute('width', String(PRERENDER_CHART_WIDTH));
      expect(svg.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${PRERENDER_CHART_WIDTH} \\d+$`));
      for (const layer of svg.querySelectorAll('path[data-series]')) expect(layer.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(snapshot.querySelector('[role="status"], [role="alert"]')).toBeNull(); // no loading or error state

      const { container } = renderApp(view);
      await waitFor(() => expect(container.querySelector('main svg[role="img"] path[data-series]')).not.toBeNull());
      const facts = chartFacts(snapshot);
      expect(facts.series.length).toBeGreaterThan(1);
      expect(facts.tables.length).toBeGreaterThan(0);
      expect(facts).toEqual(chartFacts(container));
    });
  }

  it('does not prerender with data missing: a failing API fails the build', async () => {
    const failing = { answer: async () => ({ kind: 'json' as const, status: 500 as const, body: { error: { code: 'internal_error', message: 'Down.' } } }) };
    await expect(prerenderView(failing, '/')).rejects.toThrow(/failed: Down\./);
  });
});

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'"><meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="stylesheet" href="/assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('a prerendered page', () => {
  const SNAPSHOT = '<header><a href="/deals">Deals</a></header><main id="main"><input type="radio" name="measure" checked=""/><svg role="img"></svg></main>';

  it('names its view on <html>, checks it in the head after the viewport and before the styles, and holds the snapshot beside #root, its view inert', () => {
    const page = withSnapshot(TEMPLATE, '/shares', SNAPSHOT);
    expect(page).toContain('<html data-prerendered="/shares" lang="en">');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.indexOf(`<script>${SNAPSHOT_CHECK_SCRIPT}</script>`)).toBeGreaterThan(head.indexOf('<meta name="viewport"'));
    expect(head.indexOf(SNAPSHOT_CHECK_SCRIPT)).toBeLessThan(head.indexOf('stylesheet'));
    const body = parse(page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>')));
    const snapshot = body.querySelector('#prerendered')!;
    expect(snapshot.nextElementSibling).toHaveAttribute('id', 'root');
    expect(snapshot.querySelector('main')).toHaveAttribute('inert');
    expect(snapshot.querySelector('header a')).not.toHaveAttribute('inert'); // a plain link until the app is there
    // Its radio buttons are in no group of the live app's.
    expect(snapshot.querySelector('input[type="radio"]')).not.toHaveAttribute('name');
    expect(prerenderedFile('/')).toBe('index.html');
    expect(prerenderedFile('/shares')).toBe('shares.html');
  });

  describe("the head's check", () => {
    afterEach(() => {
      document.documentElement.removeAttribute('data-prerendered');
      history.replaceState(null, '', '/');
      vi.unstubAllGlobals();
    });
    const check = (url: string, view: string, narrow = false) => {
      history.replaceState(null, '', url);
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: narrow && query === '(max-width: 48rem)' }));
      document.documentElement.setAttribute('data-prerendered', view);
      new Function(SNAPSHOT_CHECK_SCRIPT)();
      return document.documentElement.hasAttribute('data-prerendered');
    };

    it('keeps the snapshot for its own view only: no other path or query string, no narrow screen', () => {
      expect(check('/shares', '/shares')).toBe(true);
      expect(check('/', '/')).toBe(true);
      expect(check('/shares#main', '/shares')).toBe(true);
      expect(check('/shares?recipient=USA', '/shares')).toBe(false);
      expect(check('/deals', '/')).toBe(false);
      expect(check('/shares/', '/shares')).toBe(false);
      expect(check('/shares', '/shares', true)).toBe(false);
    });
  });
});

describe('the hand-over to the live app', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('data-prerendered');
  });
  const page = (prerendered: boolean) => {
    document.body.innerHTML = '<div id="prerendered"><main><svg role="img"><path d="M0,0L1,1"></path></svg></main></div><div id="root"></div>';
    if (prerendered) document.documentElement.setAttribute('data-prerendered', '/');
    return document.getElementById('root')!;
  };

  it('keeps the snapshot through the app’s loading state, and removes it when the app has drawn its chart', async () => {
    const root = page(true);
    replaceSnapshotWhenDrawn(root);
    root.innerHTML = '<main><p role="status">Loading…</p></main>';
    await Promise.resolve();
    expect(document.getElementById('prerendered')).not.toBeNull();
    root.innerHTML = '<main><svg role="img"><path d="M0,0L2,2"></path></svg></main>';
    await waitFor(() => expect(document.getElementById('prerendered')).toBeNull());
    expect(document.documentElement).not.toHaveAttribute('data-prerendered');
  });

  it('gives way to an error the app shows in the view’s place', async () => {
    const root = page(true);
    replaceSnapshotWhenDrawn(root);
    root.innerHTML = '<main><div role="alert">The SIPRI dataset could not be loaded.</div></main>';
    await waitFor(() => expect(document.getElementById('prerendered')).toBeNull());
  });

  it("removes at once a snapshot the head's check turned off (another view's page)", () => {
    replaceSnapshotWhenDrawn(page(false));
    expect(document.getElementById('prerendered')).toBeNull();
  });
});
