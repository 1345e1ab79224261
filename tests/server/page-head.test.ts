import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHeadHtml, withPageHead } from '../../server/page-head.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { miniSources } from '../fixtures/mini-dataset.ts';

/** The page's head as link previews read it: the server writes each view's into index.html. */

const INDEX = '<!doctype html><html><head><!-- page head --><title>Arms Transfer Tracker</title><!-- /page head --></head><body><div id="root"></div></body></html>';

let root: string;
let server: RunningServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'att-head-'));
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  server = await startServer({ siteDir: root, sources: miniSources(), log: () => undefined });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

/** Paths where the app shows "not found", sent with a 404 (tests/server/server.test.ts). */
const NOT_FOUND = new Set(['/nowhere', '/deals/99']);

/** The head's tags of a page, by name or property. */
async function headOf(path: string, headers: Record<string, string> = {}) {
  const page = await fetch(`${server.url}${path}`, { headers });
  expect(page.status, path).toBe(NOT_FOUND.has(path) ? 404 : 200);
  const html = await page.text();
  // As a browser reads an attribute: the escaped characters back.
  const text = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const tags = Object.fromEntries([...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)].map(([, name, content]) => [name!, text(content!)]));
  return { html, title: /<title>([^<]*)<\/title>/.exec(html)?.[1], tags };
}

describe('each page’s head, from the server', () => {
  it('titles and describes a share view from its URL, with Open Graph and Twitter card tags and the picture’s full address', async () => {
    const { title, tags } = await headOf('/shares?recipient=PAK&from=2011&to=2015');
    expect(title).toBe('Who supplied Pakistan’s arms imports, 2011–2015 · Arms Transfer Tracker');
    expect(tags['og:title']).toBe('Who supplied Pakistan’s arms imports, 2011–2015');
    expect(tags.description).toMatch(/^Who supplied Pakistan’s arms imports, 2011–2015: each supplier’s part, as shares of each year’s total, .* March 2026 release\.$/);
    expect(tags['og:description']).toBe(tags.description);
    expect(tags['og:url']).toBe(`${server.url}/shares?recipient=PAK&from=2011&to=2015`);
    // The view's own picture (tests/server/pictures.test.ts), at the view's canonical address.
    expect(tags['og:image']).toBe(`${server.url}/og/shares.png?recipient=PAK&from=2011&to=2015`);
    expect(tags['og:image:width']).toBe('1200');
    expect(tags['og:image:height']).toBe('630');
    expect(tags['og:image:alt']).toBe('A chart: Who supplied Pakistan’s arms imports, 2011–2015. SIPRI Arms Transfers Database, March 2026 release.');
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect(tags['twitter:image']).toBe(tags['og:image']);
    expect(tags['twitter:image:alt']).toBe(tags['og:image:alt']);
  });

  it('gives each chart view its own picture, at the same address for the same view, and the other pages the fixed one', async () => {
    const image = async (path: string) => (await headOf(path)).tags['og:image'];
    expect(await image('/pairs?pairs=RUS:PAK&from=2015')).toBe(`${server.url}/og/pairs.png?pairs=RUS%3APAK&from=2015`);
    // An embed previews as its view; what the picture does not draw (events, the tab, the embed's slider) is left out.
    expect(await image('/embed/pairs?pairs=RUS:PAK&from=2015&controls=none&events=hide&tab=table')).toBe(await image('/pairs?pairs=RUS:PAK&from=2015'));
    expect(await image('/shares?tab=map&recipient=PAK&utm_source=chat')).toBe(`${server.url}/og/shares.png?recipient=PAK`);
    expect(await image('/shares')).toBe(`${server.url}/og/shares.png`);
    for (const path of ['/', '/deals', '/deals/5', '/claims', '/nowhere']) {
      const { tags } = await headOf(path);
      expect(tags['og:image'], path).toBe(`${server.url}/og-image.png`);
      expect(tags['og:image:alt'], path).toBe('A chart of India’s arms imports by supplier since 1950, from the SIPRI Arms Transfers Database');
    }
  });

  it('titles an embed as its view, a deal by its weapon and countries, and the pages by their headings', async () => {
    expect((await headOf('/embed/pairs?pairs=RUS:PAK&from=2015&controls=none')).title).toBe(
      'Arms deliveries and orders between country pairs, 2015–2021 · Arms Transfer Tracker',
    );
    const deal = await headOf('/deals/5');
    expect(deal.title).toBe('Mi-35M, Russia → Pakistan · Arms Transfer Tracker');
    expect(deal.tags.description).toBe('4 Mi-35M (combat helicopter) ordered by Pakistan from Russia in 2015; new. SIPRI Trade Register, March 2026 release.');
    expect((await headOf('/deals/99')).title).toBe('Deal not found · Arms Transfer Tracker');
    expect((await headOf('/deals?supplier=RUS&recipient=PAK&q=mi-35')).title).toBe('Deals: Russia → Pakistan, “mi-35” · Arms Transfer Tracker');
    expect((await headOf('/')).title).toBe('Who arms whom, year by year · Arms Transfer Tracker');
    expect((await headOf('/claims')).tags['og:title']).toBe('News claims checked against the data');
    expect((await headOf('/nowhere')).title).toBe('Page not found · Arms Transfer Tracker');
  });

  it('writes what a link carries as text, never as markup, and says https behind a proxy that ended TLS', async () => {
    const hostile = await headOf('/deals?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(hostile.html).not.toContain('<script>');
    expect(hostile.title).toBe('Deals: “&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;” · Arms Transfer Tracker');
    const proxied = await headOf('/pairs', { 'X-Forwarded-Proto': 'https' });
    expect(proxied.tags['og:url']).toBe(`${server.url.replace('http:', 'https:')}/pairs`);
  });
});

describe('the head’s HTML', () => {
  it('replaces what is between its comments, and leaves a page without them as it is', () => {
    const head = { heading: 'A & B', description: 'say "hi"', url: null, image: '/og-image.png', imageAlt: 'A <chart>' };
    expect(pageHeadHtml(head)).toContain('<title>A &amp; B · Arms Transfer Tracker</title>');
    expect(pageHeadHtml(head)).toContain('<meta name="description" content="say &quot;hi&quot;" />');
    expect(pageHeadHtml(head)).not.toContain('og:url');
    expect(pageHeadHtml(head)).toContain('<meta property="og:image:alt" content="A &lt;chart&gt;" />');
    expect(withPageHead('<head><!-- page head -->old<!-- /page head --></head>', head)).not.toContain('old');
    expect(withPageHead('<head></head>', head)).toBe('<head></head>');
  });
});
