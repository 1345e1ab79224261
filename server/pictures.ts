import { createHash } from 'node:crypto';
import type { Context, Next } from 'hono';
import type { Api } from '../core/routes.ts';
import { OG_IMAGE } from './page-head.ts';
import { apiJson, type ReferenceData } from './reference-data.ts';
import { isPicturePath, picturePath, pictureView } from './view-pictures.ts';

/**
 * `/og/shares.png?…` and `/og/pairs.png?…`: each chart view's link-preview picture (server/view-pictures.ts says which
 * view an address is), drawn on the first request and kept. Drawing costs some 50–100 ms of a thread (the charts'
 * data, then resvg), so at most `maxRenders` are drawn at once and `maxWaiting` wait; past that, and for any picture
 * that could not be drawn, the answer is a redirect to the fixed picture (never an error: a crawler shows what it gets).
 * Its ETag is a hash of the PNG itself, so that it changes with whatever changes the picture: the data's release, but
 * also the drawing (its code, the renderer, the font) when a new version of the server draws it otherwise. A
 * revalidation (If-None-Match) is a 304 without drawing while the picture is kept; after a restart it is drawn once.
 */

export interface PictureOptions {
  cacheControl: string;
  /** Pictures drawn at once (each on a thread of libuv's pool, which has four). */
  maxRenders?: number;
  maxWaiting?: number;
  /** Pictures kept, the least recently asked for dropped first (some 50–200 KB each). */
  cacheEntries?: number;
}

type Render = typeof import('./picture-render.ts').renderPicture;

export function servePictures(api: Api, reference: () => Promise<ReferenceData | null>, { cacheControl, maxRenders = 2, maxWaiting = 8, cacheEntries = 200 }: PictureOptions) {
  const json = apiJson(api);
  const drawn = new LruCache<string, Promise<DrawnPicture | null>>(cacheEntries);
  const limit = concurrencyLimit(maxRenders, maxWaiting);
  // The renderer (resvg and the charts' modules) loads with the first picture.
  let renderer: Promise<Render> | null = null;
  const render: Render = async (...args) => (await (renderer ??= import('./picture-render.ts').then((m) => m.renderPicture)))(...args);

  return async (c: Context, next: Next) => {
    if (!isPicturePath(c.req.path)) return next();
    const data = await reference();
    const view = data && pictureView(new URL(c.req.url), data);
    if (!data || !view) return fixedPicture(c);
    const key = picturePath(view);
    let picture = drawn.get(key);
    if (!picture) {
      const started = limit(() => render(view, data, json));
      if (!started) return fixedPicture(c);
      picture = started.then(
        (png) => png && { png: new Uint8Array(png), etag: `"${createHash('sha256').update(png).digest('base64url').slice(0, 27)}"` },
        (error: unknown) => {
          console.error(`The picture ${key} could not be drawn:`, error);
          return null;
        },
      );
      drawn.set(key, picture);
    }
    const answer = await picture;
    if (!answer) {
      drawn.delete(key);
      return fixedPicture(c);
    }
    c.header('ETag', answer.etag);
    c.header('Cache-Control', cacheControl);
    if (c.req.header('If-None-Match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === answer.etag)) return c.body(null, 304);
    c.header('Content-Type', 'image/png');
    return c.body(answer.png);
  };
}

interface DrawnPicture {
  png: Uint8Array<ArrayBuffer>;
  /** A hash of the PNG's bytes. */
  etag: string;
}

/** The site's fixed picture instead, not kept by caches: the view's own may be drawn next time. */
function fixedPicture(c: Context): Response {
  c.header('Cache-Control', 'no-store');
  return c.redirect(`/${OG_IMAGE.path}`, 302);
}

/** Runs a task at once while fewer than `max` run, else once one ends; null (not run) when `maxWaiting` already wait. */
function concurrencyLimit(max: number, maxWaiting: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  // A task that ends hands its place to the next waiting one.
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return <T>(task: () => Promise<T>): Promise<T> | null => {
    if (running < max) {
      running += 1;
      return task().finally(done);
    }
    if (waiting.length >= maxWaiting) return null;
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => task().finally(done));
  };
}

/** A Map kept to `size` entries, the least recently read or written dropped first (a Map iterates in insertion order). */
class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
