import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FLOWS_PATH } from './core/dataset/files.ts';
import { cacheControl } from './server/cache-control.ts';
import { contentSecurityPolicy, policyText } from './server/content-security-policy.ts';
import { framingHeaders } from './server/framing.ts';
import { siteHead, withPageHead } from './server/page-head.ts';
import { dataSourcesFrom } from './server/data-files.ts';
import { createApi } from './core/routes.ts';

/**
 * Content-Security-Policy of the built site, as a meta tag (the site is static files; server/ sends it as a header
 * too). See server/content-security-policy.ts.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      const apiOrigin = process.env.VITE_API_BASE_URL ? new URL(process.env.VITE_API_BASE_URL).origin : '';
      const policy = policyText(contentSecurityPolicy(apiOrigin));
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
    },
  };
}

/**
 * The site's title, description and link-preview tags (Open Graph, Twitter card), in index.html for every page: a
 * static host serves the same file for every view (the server writes each view's own; server/page-head.ts). Link
 * previews need the picture's absolute address: VITE_SITE_URL (https://tracker.example.org) gives it, and the site's.
 */
function pageHead(): Plugin {
  let base = '/';
  return {
    name: 'page-head',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(html) {
      const site = process.env.VITE_SITE_URL ? `${process.env.VITE_SITE_URL.replace(/\/$/, '')}${base.replace(/\/$/, '')}` : null;
      const head = siteHead(site);
      return withPageHead(html, site ? head : { ...head, image: `${base}${head.image.replace(/^\//, '')}` });
    },
  };
}

/**
 * `vite preview` frames as the server and static hosts do (server/framing.ts): the app's pages only in the site's own
 * frames, /embed/* in any site's. The browser suite checks both from a second origin.
 */
function framing(): Plugin {
  let base = '/';
  return {
    name: 'framing',
    configResolved(config) {
      base = config.base;
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://preview').pathname;
        const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
        for (const [name, value] of Object.entries(framingHeaders(path))) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * What the mock API needs before the first chart, asked for with the page rather than after the app's scripts have
 * run (none of it with a real API server, VITE_API_MOCKING=off):
 * - its code, its own chunk (imported on demand: it is not the app), fetched beside the app's (built site only);
 * - the flows file, whose name changes with its content (core/dataset/files.ts), so the link is written here.
 */
function mockApiHead(): Plugin {
  let base = '/';
  return {
    name: 'mock-api-head',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, { bundle }) {
      if (process.env.VITE_API_MOCKING === 'off') return [];
      const mockApiChunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/mocks/browser.ts'));
      return [
        { tag: 'link', attrs: { rel: 'preload', href: `${base}${FLOWS_PATH}`, as: 'fetch', type: 'application/json', crossorigin: 'anonymous' }, injectTo: 'head' },
        ...(mockApiChunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${mockApiChunk.fileName}` }, injectTo: 'head' } as const] : []),
      ];
    },
  };
}

/**
 * Draws the default views (src/prerender.tsx: `/` and `/shares`, no query string) into their pages at build time,
 * with the app's own components over the committed data, so that the first chart is on the first paint: index.html
 * for `/` (which static hosts also send for every other path of the app: the head's check hides the snapshot there)
 * and shares.html for `/shares`. The live app replaces the snapshot once it has drawn its chart
 * (src/app/boot-snapshot.ts). Every build draws them again, from the data it ships.
 */
function prerender(): Plugin {
  let root = '';
  let outDir = '';
  let publicDir = '';
  let base = '/';
  let building = false;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      base = config.base;
      building = !config.build.ssr;
    },
    async closeBundle() {
      if (!building) return;
      const template = await readFile(join(outDir, 'index.html'), 'utf8');
      // The app's modules as Node runs them (JSX, TypeScript, import.meta.env): a Vite server without this config's
      // plugins, for the time of the render (~2 s).
      const server = await createServer({
        root,
        base,
        configFile: false,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { prerenderView, prerenderedFile, withSnapshot, PRERENDERED_VIEWS } = (await server.ssrLoadModule(
          '/src/prerender.tsx',
        )) as typeof import('./src/prerender.tsx');
        const api = createApi(dataSourcesFrom(publicDir));
        for (const view of PRERENDERED_VIEWS) {
          const page = withSnapshot(template, `${base}${view.slice(1)}`, await prerenderView(api, view, base));
          await writeFile(join(outDir, prerenderedFile(view)), page);
        }
      } finally {
        await server.close();
      }
    },
  };
}

const GZIP_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Gzips the built files once, at build time, and has `vite preview` send those, as static hosts do (nginx's
 * gzip_static, Netlify, Pages). Left alone, preview gzips the 4 MB dataset again on every request: 0.3 s on an
 * idle 2-core machine, 0.7 s while the browser is busy, all of it before the first chart.
 */
function precompress(): Plugin {
  let outDir = '';
  let base = '/';
  let building = false;
  return {
    name: 'precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
      building = config.command === 'build';
    },
    async closeBundle() {
      // Vite also calls closeBundle when a dev server closes (each Vitest run): only a build writes the files.
      if (!building) return;
      const files = await readdir(outDir, { recursive: true });
      for (const file of files.filter((name) => extname(name) in GZIP_TYPES)) {
        const path = join(outDir, file);
        await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const type = GZIP_TYPES[extname(req.url?.split('?')[0] ?? '')];
        if (req.method !== 'GET' || !type || !/\bgzip\b/.test(String(req.headers['accept-encoding']))) return next();
        const pathname = decodeURIComponent(new URL(req.url!, 'http://preview').pathname);
        const gz = `${join(outDir, pathname.startsWith(base) ? pathname.slice(base.length) : pathname)}.gz`;
        if (!gz.startsWith(outDir + sep) || !existsSync(gz)) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', statSync(gz).size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', cacheControl(pathname));
        createReadStream(gz).pipe(res);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), mockApiHead(), contentSecurityPolicyMeta(), pageHead(), framing(), prerender(), precompress()],
  resolve: {
    // See mocks/shims/tough-cookie.ts: the mock API needs none of msw's cookie jar.
    alias: { 'tough-cookie': fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)) },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup-dom.ts'],
          // Whole pages over the real dataset: generous on a slow 2-core machine, still bounded.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
