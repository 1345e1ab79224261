import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { cacheControl } from './cache-control.ts';
import { withPageHead } from './page-head.ts';
import type { ViewPage } from './view-pages.ts';

/** The built site: its folder, the paths of its files (`/index.html`, `/assets/index-Bx2.js`, …) and its index.html. */
export interface Site {
  dir: string;
  files: ReadonlySet<string>;
  /** index.html, which every page of the app is, with the page's own head written in (server/page-head.ts). */
  index: string;
  /** The pages the build prerendered besides index.html (`/shares` from shares.html; src/prerender.tsx). */
  pages: ReadonlyMap<string, string>;
}

/** Lists the built site once, at start-up; a folder without index.html is not a built site. */
export async function readSite(dir: string): Promise<Site> {
  const index = await stat(join(dir, 'index.html')).catch(() => null);
  if (!index?.isFile()) throw new Error(`${join(dir, 'index.html')} is missing: build the site first (npm run build:server).`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  const pages = new Map<string, string>();
  for (const file of files.filter((path) => /^\/[^/]+\.html$/.test(path) && path !== '/index.html')) {
    pages.set(file.slice(0, -'.html'.length), await readFile(join(dir, file), 'utf8'));
  }
  return { dir, files: new Set(files), index: await readFile(join(dir, 'index.html'), 'utf8'), pages };
}

/** A path the app's router answers (no file extension in its last segment): the app, not a file. */
const isAppPath = (path: string) => !/\.[^/]*$/.test(path);

/**
 * Serves the site: only a path listed at start-up is a file (so nothing outside the folder, nor added to it
 * later, is ever served), precompressed where the build wrote a .gz, content-named files cached for good and the
 * rest revalidated (server/cache-control.ts); an app path the build prerendered is its page (shares.html for /shares,
 * as static hosts send it), any other app path is index.html, so that a shared deep link opens
 * the app. index.html carries the head of the page asked for (`pageOf`: its title, description and link-preview
 * tags), so that a link to a view previews as that view; where the app finds no page (`found`: none of its paths, or a
 * deal the register does not have) it is sent with a 404, for the app's own "not found" page, so that crawlers and
 * link checkers do not take it for a page.
 */
export function serveSite({ dir, files, index, pages }: Site, pageOf: (url: URL) => Promise<ViewPage>): MiddlewareHandler {
  const file = serveStatic({ root: dir, precompressed: true, onFound: (_path, c) => void c.header('Cache-Control', cacheControl(c.req.path)) });
  return async (c, next) => {
    if (files.has(c.req.path) && c.req.path !== '/index.html') return file(c, next);
    if (isAppPath(c.req.path) || c.req.path === '/index.html') {
      c.header('Cache-Control', cacheControl('/index.html'));
      const { head, found } = await pageOf(publicUrl(c));
      return c.html(withPageHead(pages.get(c.req.path) ?? index, head), found ? 200 : 404);
    }
    return next();
  };
}

/** The page's address as its reader sees it: https where a proxy in front ended TLS (X-Forwarded-Proto). */
function publicUrl(c: Context): URL {
  const url = new URL(c.req.url);
  if (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') url.protocol = 'https:';
  return url;
}
