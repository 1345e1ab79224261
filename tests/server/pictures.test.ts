import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApi, type Api } from '../../core/routes.ts';
import { API_CACHE_CONTROL } from '../../server/app.ts';
import { viewPicture } from '../../server/picture-model.ts';
import { pictureSvg, type Picture } from '../../server/picture-svg.ts';
import { servePictures } from '../../server/pictures.ts';
import { apiJson, referenceData } from '../../server/reference-data.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { pageView } from '../../server/view-pictures.ts';
import { miniSources } from '../fixtures/mini-dataset.ts';

/** Each chart view's link-preview picture: drawn as SVG by a pure function, served as PNG by the server. */

/** A change of the drawing code, as a new version of the server would bring: the title drawn in another words. */
const drawing = vi.hoisted(() => ({ changed: false }));
vi.mock('../../server/picture-svg.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../server/picture-svg.ts')>();
  return { ...original, pictureSvg: (picture: Picture) => original.pictureSvg(drawing.changed ? { ...picture, title: `Redrawn: ${picture.title}` } : picture) };
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FIXED_PICTURE = Buffer.from(PNG_SIGNATURE);

/** A PNG's width and height, from its header (IHDR, the first chunk). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const picture = (chart: Picture['chart'], legend: Picture['legend'] = []): Picture => ({
  site: 'Arms Transfer Tracker',
  title: 'Who supplied Bosnia & <Herzegovina>’s arms imports, 2011–2025',
  subtitle: 'Share of each year’s total',
  chart,
  legend,
  source: 'SIPRI Arms Transfers Database, March 2026 release; TIV (SIPRI trend-indicator values, millions), not US dollars',
});

/** The text of an SVG's <text> elements, unescaped. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, inner]) =>
    inner!
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('the picture as SVG', () => {
  it('draws ranked bars as long as their shares, largest first, with the title, the values and the source line', () => {
    const bars = [
      { name: 'United States', color: '#1565c0', share: 0.4, tiv: 400 },
      { name: 'France', color: '#6a1b9a', share: 0.2, tiv: 200 },
      { name: 'Russia', color: '#c62828', share: 0.1, tiv: 100 },
    ];
    const svg = pictureSvg(picture({ kind: 'bars', bars, otherLine: 'The other 3 exporters: 30% together (300 TIV).' }));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="Inter">/);
    const widths = bars.map((bar) => Number(new RegExp(`<rect x="[\\d.]+" y="[\\d.]+" width="([\\d.]+)" height="\\d+" fill="${bar.color}"/>`).exec(svg)?.[1]));
    expect(widths[0]).toBeGreaterThan(300);
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.5, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(0.25, 2);
    const words = texts(svg);
    // The title on two lines, as it is too long for one.
    expect(words.slice(1, 3)).toEqual(['Who supplied Bosnia & <Herzegovina>’s arms imports,', '2011–2025']);
    expect(words).toEqual(expect.arrayContaining(['1. United States', '40% 400 TIV', '3. Russia', 'The other 3 exporters: 30% together (300 TIV).']));
    expect(words.at(-1)).toBe('SIPRI Arms Transfers Database, March 2026 release; TIV (SIPRI trend-indicator values, millions), not US dollars');
  });

  it('writes names as text, never as markup', () => {
    const hostile = 'Côte <b>d’Ivoire</b> & "co" \'s';
    const svg = pictureSvg(picture({ kind: 'bars', bars: [{ name: hostile, color: '#000', share: 1, tiv: 5 }], otherLine: null }));
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<Herzegovina>');
    expect(svg).toContain('Bosnia &amp; &lt;Herzegovina&gt;');
    expect(texts(svg)).toContain(`1. ${hostile}`);
  });

  it('stacks shares to the top of the plot, on a 0–100% axis, with a legend of the series', () => {
    const years = [2020, 2021, 2022];
    const series = [
      { name: 'Russia', color: '#c62828', values: [0.5, 0.6, 0.7] },
      { name: 'Other', color: '#9e9e9e', values: [0.5, 0.4, 0.3] },
    ];
    const svg = pictureSvg(picture({ kind: 'stack', years, series, format: 'share', unit: '' }, series));
    expect(svg.match(/<path d="M[^"]+Z" fill="#c62828"/g)).toHaveLength(1);
    expect(svg.match(/<path d="M[^"]+Z" fill="#9e9e9e"/g)).toHaveLength(1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0%', '50%', '100%', '2020', '2022', 'Russia', 'Other']));
  });

  it('draws a pair’s orders dashed, names what does not fit in the legend, and says why there is nothing to draw', () => {
    const years = [2020, 2021];
    const lines = Array.from({ length: 14 }, (_, i) => ({ name: `Country number ${i} → Somewhere`, color: '#123456', values: [i, i + 1], dashed: i % 2 === 1 }));
    const svg = pictureSvg(picture({ kind: 'lines', years, series: lines, format: 'tiv', unit: 'TIV (millions)' }, lines));
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(7);
    expect(texts(svg)).toContain('TIV (millions)');
    expect(texts(svg).find((t) => /^and \d+ more$/.test(t))).toBeDefined();
    const empty = pictureSvg(picture({ kind: 'empty', message: 'No deliveries to India are recorded in 2011.' }));
    expect(texts(empty)).toContain('No deliveries to India are recorded in 2011.');
  });
});

describe('what a view’s picture draws', () => {
  const api = createApi(miniSources());
  const draw = async (path: string) => {
    const data = (await referenceData(api)())!;
    return (await viewPicture(pageView(new URL(path, 'http://site'), data)!, data, apiJson(api)))!;
  };

  it('draws a share view’s series, without those it hides, titled as the view', async () => {
    const shown = await draw('/shares?recipient=IND');
    expect(shown.title).toBe('Who supplied India’s arms imports, 1963–2021');
    expect(shown.chart.kind).toBe('stack');
    expect(shown.legend.map((s) => s.name)).toEqual(['Russia (incl. Soviet Union)', 'France', 'United States']);
    const hidden = await draw('/shares?recipient=IND&hide=USA&measure=lines');
    expect(hidden.chart.kind).toBe('lines');
    expect(hidden.legend.map((s) => s.name)).toEqual(['Russia (incl. Soviet Union)', 'France']);
    expect(hidden.source).toBe('SIPRI Arms Transfers Database, March 2026 release; TIV (SIPRI trend-indicator values, millions), not US dollars');
  });

  it('ranks the world’s exporters as bars, and draws a pair’s deliveries and orders', async () => {
    const ranked = await draw('/shares?ranking=exporters&from=2011');
    expect(ranked.chart).toMatchObject({ kind: 'bars', bars: [{ name: 'France' }, { name: 'United States' }, { name: 'Russia (incl. Soviet Union)' }] });
    const pairs = await draw('/pairs?pairs=RUS:PAK&from=2015&to=2020');
    expect(pairs.title).toBe('Arms deliveries and orders between country pairs, 2015–2020');
    expect(pairs.legend).toEqual([{ name: 'Russia (incl. Soviet Union) → Pakistan', color: '#c62828' }]);
    expect(pairs.chart).toMatchObject({ kind: 'lines', years: [2015, 2016, 2017, 2018, 2019, 2020] });
    const lines = pairs.chart.kind === 'lines' ? pairs.chart.series : [];
    expect(lines.map((s) => [s.dashed ?? false, s.values.reduce((a, b) => a + b, 0)])).toEqual([
      [false, 46],
      [true, 46],
    ]);
  });

  it('counts units where a pair view draws them, and then says nothing of TIV under the picture', async () => {
    const units = await draw('/pairs?pairs=RUS:PAK&category=Aircraft&measure=units&orders=hide');
    expect(units.chart).toMatchObject({ kind: 'lines', format: 'count', unit: 'Units (weapons)' });
    expect(units.chart.kind === 'lines' && units.chart.series.map((s) => s.values.reduce((a, b) => a + b, 0))).toEqual([4]);
    expect(units.source).toBe('SIPRI Arms Transfers Database, March 2026 release');
  });

  it('says why a view has nothing to draw', async () => {
    const empty = await draw('/shares?recipient=PAK&category=Ships');
    expect(empty.chart).toEqual({ kind: 'empty', message: expect.stringMatching(/^No ship deliveries to Pakistan are recorded in 1963–2021\.$/) });
  });
});

describe('the pictures served', () => {
  let root: string;
  let server: RunningServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'att-pictures-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><html><head><!-- page head --><!-- /page head --></head></html>');
    await writeFile(join(root, 'og-image.png'), FIXED_PICTURE);
    await mkdir(join(root, 'assets'));
    server = await startServer({ siteDir: root, sources: miniSources(), log: () => undefined });
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

  it('answers a share view’s and a pair view’s picture as a 1200 × 630 PNG, cacheable, revalidated by its ETag', async () => {
    for (const path of ['/og/shares.png?recipient=IND', '/og/pairs.png?pairs=RUS:PAK']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe(API_CACHE_CONTROL);
      expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      // An image, never a page: nothing runs in it, nothing frames it.
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await get(path, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
    }
  });

  it('names the picture drawn in its ETag: the same after a restart, another when the drawing changes with the same data', async () => {
    const path = '/og/shares.png?recipient=PAK';
    const response = await get(path);
    const etag = response.headers.get('etag')!;
    const bytes = Buffer.from(await response.arrayBuffer());
    const etagFrom = async (drawingChanged: boolean) => {
      drawing.changed = drawingChanged;
      const restarted = await startServer({ siteDir: root, sources: miniSources(), log: () => undefined });
      try {
        const again = await fetch(`${restarted.url}${path}`, { headers: { 'If-None-Match': etag } });
        return { status: again.status, etag: again.headers.get('etag'), bytes: Buffer.from(await again.arrayBuffer()) };
      } finally {
        drawing.changed = false;
        await restarted.close();
      }
    };
    expect(await etagFrom(false)).toMatchObject({ status: 304, etag });
    const redrawn = await etagFrom(true);
    expect(redrawn.status).toBe(200);
    expect(redrawn.etag).toMatch(/^"[\w-]+"$/);
    expect(redrawn.etag).not.toBe(etag);
    expect(redrawn.bytes.equals(bytes)).toBe(false);
  });

  it('draws different views differently, and the same view (however written) the same', async () => {
    const bytes = async (path: string) => Buffer.from(await (await get(path)).arrayBuffer());
    const india = await bytes('/og/shares.png?recipient=IND');
    const pakistan = await bytes('/og/shares.png?recipient=PAK');
    const bars = await bytes('/og/shares.png?recipient=IND&measure=bars');
    expect(india.equals(pakistan)).toBe(false);
    expect(india.equals(bars)).toBe(false);
    expect((await bytes('/og/pairs.png?pairs=RUS:PAK')).equals(await bytes('/og/pairs.png?pairs=CHN:PAK'))).toBe(false);
    // India is the default recipient; the tab and events are not drawn.
    const same = await get('/og/shares.png?tab=table&events=hide');
    expect(same.headers.get('etag')).toBe((await get('/og/shares.png?recipient=IND')).headers.get('etag'));
    expect(Buffer.from(await same.arrayBuffer()).equals(india)).toBe(true);
  });

  it('draws a bad query as the explorer reads it (its defaults), and answers 404 for no picture, never a 500', async () => {
    for (const path of ['/og/shares.png?recipient=%3Cscript%3E&from=abc&top=999&measure=pie', '/og/pairs.png?pairs=XXX:YYY,IND:IND&window=7', '/og/shares.png?category=Ships&recipient=PAK']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    }
    expect((await get('/og/deals.png')).status).toBe(404);
    expect((await get('/og/shares.svg')).status).toBe(404);
  });

  it('points each chart page’s og:image at a picture the server answers', async () => {
    const html = await (await get('/embed/pairs?pairs=RUS:PAK&controls=none')).text();
    const image = /<meta property="og:image" content="([^"]+)" \/>/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    expect(image).toBe(`${server.url}/og/pairs.png?pairs=RUS%3APAK`);
    const response = await fetch(image!);
    expect(response.headers.get('content-type')).toBe('image/png');
  });
});

describe('the pictures’ limits', () => {
  const real = createApi(miniSources());
  const data = referenceData(real);
  /** The pictures' route alone, over an API whose answers to /shares wait for `gate` or fail. */
  function pictures(api: Api, options: { maxRenders?: number; maxWaiting?: number } = {}) {
    const app = new Hono();
    app.get('/og/*', servePictures(api, data, { cacheControl: 'public, max-age=60', ...options }));
    return (path: string) => app.request(path);
  }

  it('answers the fixed picture, not kept, where a view cannot be drawn', async () => {
    const failing: Api = { answer: async (method, url) => (url.pathname.endsWith('/shares') ? { kind: 'json', status: 500, body: {} } : real.answer(method, url)) };
    const response = await pictures(failing)('/og/shares.png?recipient=PAK');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/og-image.png');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('draws at most maxRenders at once, lets maxWaiting wait, and sends the fixed picture to the rest', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: Api = { answer: async (method, url) => (url.pathname.endsWith('/shares') && (await gate), real.answer(method, url)) };
    const get = pictures(slow, { maxRenders: 1, maxWaiting: 1 });
    const pending = ['IND', 'PAK', 'CHN'].map((id) => get(`/og/shares.png?recipient=${id}`));
    // The third finds one drawing and one waiting: it is not drawn.
    const third = await pending[2]!;
    expect(third.status).toBe(302);
    open();
    const [first, second] = await Promise.all(pending.slice(0, 2));
    expect([first!.status, second!.status]).toEqual([200, 200]);
  });
});

