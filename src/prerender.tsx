/**
 * The build's prerender (vite.config.ts, `prerender`): the default views drawn by the app's own components from the
 * committed data, into the HTML, so that the first chart is on the first paint rather than after ~600 KB of scripts,
 * the mock API and the data have loaded. The live app replaces the snapshot once it has drawn its own chart
 * (src/app/boot-snapshot.ts). Runs in Node, at build time only: nothing here is in the site's bundles.
 */
import { QueryClientProvider, type Query } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { toResponse, type Api } from '../core/routes.ts';
import { SNAPSHOT_ATTRIBUTE, SNAPSHOT_CHECK_SCRIPT, SNAPSHOT_ID } from './app/boot-snapshot-check.ts';
import { routes } from './app/router.tsx';
import { LiveRouterContext } from './lib/live-router.ts';
import { createQueryClient } from './lib/react-query.ts';
import { AssumedWidthContext } from './lib/use-element-width.ts';

/** The views prerendered, as their paths without the site's base path: only with no query string. */
export const PRERENDERED_VIEWS = ['/', '/shares'] as const;

/**
 * The width the snapshot's charts are drawn at: their container's on a screen at least as wide as the page, the
 * overview's main column (72rem, less the figure's padding) and the share explorer's chart column (93.5rem, less its
 * 20rem settings' column, the gap and the figure's padding: styles.css, .explorer), which are as wide. Narrower screens
 * scale the snapshot's SVG down (its viewBox) until the app draws at their width.
 */
export const PRERENDER_CHART_WIDTH = 1070;

/** Rendering passes at most: each one finds the queries its components ask for, which are then answered. */
const MAX_PASSES = 6;

/**
 * The HTML of a view's page (what #root would hold once its data is in), with its queries answered by the API core:
 * the app's own requests (src/api/) go through the global fetch, which is the API's for the time of the render.
 */
export async function prerenderView(api: Api, path: string, basename = '/'): Promise<string> {
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender');
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`The router answered ${path} with a redirect or a response.`);
  if (context.errors) throw new Error(`The router could not render ${path}`, { cause: Object.values(context.errors)[0] });
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = createQueryClient();
  // The API core answers at once or never will: a failure fails the build at once.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const render = () =>
    renderToString(
      <AssumedWidthContext value={PRERENDER_CHART_WIDTH}>
        <QueryClientProvider client={queryClient}>
          <LiveRouterContext value={router}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </LiveRouterContext>
        </QueryClientProvider>
      </AssumedWidthContext>,
      // Ids unlike the live app's, which renders beside the snapshot until it replaces it.
      { identifierPrefix: 'prerendered-' },
    );

  const appFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://prerender'));
    return toResponse(await api.answer(request.method, new URL(request.url)));
  };
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const html = render();
      const queries = queryClient.getQueryCache().getAll();
      const failed = queries.find((query) => query.state.status === 'error');
      if (failed) throw new Error(`${path}: ${JSON.stringify(failed.queryKey)} failed: ${failed.state.error?.message}`);
      const asked = queries.filter(isAskedFor);
      if (!asked.length) return html;
      // A failure is in the query's state, read above at the next pass.
      await Promise.all(asked.map((query) => query.fetch().catch(() => undefined)));
    }
  } finally {
    globalThis.fetch = appFetch;
  }
  throw new Error(`${path} still asked for data after ${MAX_PASSES} renders.`);
}

/** A query a component asked for, not yet answered; one it disabled is left so, as the app leaves it. */
function isAskedFor(query: Query): boolean {
  const { enabled } = query.options as { enabled?: unknown };
  return query.state.status === 'pending' && enabled !== false;
}

/**
 * The file of a prerendered view's page: `/shares` is shares.html, which `vite preview`, Netlify, Cloudflare Pages and
 * GitHub Pages all send for /shares (shares/index.html would have some of them redirect to /shares/).
 */
export const prerenderedFile = (view: string) => (view === '/' ? 'index.html' : `${view.slice(1)}.html`);

/** A page with a view's snapshot: named on `<html>`, checked in the head before anything is painted, beside #root. */
export function withSnapshot(template: string, path: string, snapshot: string): string {
  // The check after the policy and the viewport (which its media query needs: a phone's layout is 980 px wide until
  // then), before the styles.
  const parts = [/<html\b/, /<meta name="viewport"[^>]*>/, /<div id="root">/];
  if (parts.some((part) => !part.test(template))) throw new Error('index.html has no <html>, viewport or #root to put the snapshot in.');
  // The snapshot's controls (in its main) do nothing until the app replaces it: inert, so that nobody tabs into them
  // and screen readers read the view once. Its header's and footer's links work as plain links. Radio buttons out of
  // the live app's groups, which the page would otherwise share.
  const inertView = snapshot.replace('<main id="main">', '<main id="main" inert="">').replace(/(<input\b[^>]*?) name="[^"]*"/g, '$1');
  if (!inertView.includes('<main id="main" inert="">')) throw new Error(`The snapshot of ${path} has no <main id="main">.`);
  return template
    .replace(parts[0]!, `<html ${SNAPSHOT_ATTRIBUTE}="${path}"`)
    .replace(parts[1]!, (viewport) => `${viewport}<script>${SNAPSHOT_CHECK_SCRIPT}</script>`)
    // Hidden until the styles show it: never on the wrong page, even before they have arrived.
    .replace(parts[2]!, `<div id="${SNAPSHOT_ID}" style="display: none">${inertView}</div><div id="root">`);
}
