import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { cacheControl } from './cache-control.ts';

/** The built site: its folder and the paths of its files (`/index.html`, `/assets/index-Bx2.js`, …). */
export interface Site {
  dir: string;
  files: ReadonlySet<string>;
}

/** Lists the built site once, at start-up; a folder without index.html is not a built site. */
export async function readSite(dir: string): Promise<Site> {
  const index = await stat(join(dir, 'index.html')).catch(() => null);
  if (!index?.isFile()) throw new Error(`${join(dir, 'index.html')} is missing: build the site first (npm run build:server).`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
  return { dir, files: new Set(files) };
}

/** A path the app's router answers (no file extension in its last segment): the app's page, not a file. */
const isAppPath = (path: string) => !/\.[^/]*$/.test(path);

/**
 * Serves the site: only a path listed at start-up is a file (so nothing outside the folder, nor added to it
 * later, is ever served), precompressed where the build wrote a .gz, content-named files cached for good and the
 * rest revalidated (server/cache-control.ts); any other app path is index.html, so that a shared deep link opens
 * the app, which shows its own "not found" page for a route it does not know.
 */
export function serveSite({ dir, files }: Site): MiddlewareHandler {
  const file = serveStatic({ root: dir, precompressed: true, onFound: (_path, c) => void c.header('Cache-Control', cacheControl(c.req.path)) });
  const app = serveStatic({ root: dir, path: 'index.html', onFound: (_path, c) => void c.header('Cache-Control', cacheControl('/index.html')) });
  return async (c, next) => {
    if (files.has(c.req.path)) return file(c, next);
    if (isAppPath(c.req.path)) return app(c, next);
    return next();
  };
}
