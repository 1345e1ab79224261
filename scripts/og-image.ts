/**
 * `npm run og-image`: renders the picture of every link preview (public/og-image.png, 1200 × 630, Open Graph's size)
 * from the built site: the embed of India's imports by supplier, drawn by the app in Debian's Chromium, with its
 * title, legend and the source and release under it. Run `npm run build` first; run again when the data or the chart
 * changes (the picture is committed: a static host cannot draw one per view).
 */
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { OG_IMAGE } from '../server/page-head.ts';
import { launchChromium } from './chromium.ts';

const OUT = fileURLToPath(new URL(`../public/${OG_IMAGE.path}`, import.meta.url));
/** The overview's question as the share explorer draws it; events hidden (their list does not fit). */
const VIEW = '/embed/shares?events=hide&controls=none';

const server = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await launchChromium();
try {
  const url = new URL(VIEW, server.resolvedUrls!.local[0]).href;
  const page = await browser.newPage({ viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.goto(url);
  await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
  const release = await page.evaluate(async () => ((await (await fetch('/api/v1/meta')).json()) as { source: { release: string } }).source.release);
  // A picture, not a page: a larger title, and one line of source in place of the caption and the link back.
  await page.addStyleTag({
    content: `main.embed { padding: 40px 40px 24px; } .embed__title { font-size: 40px; margin-bottom: 20px; }
      .embed figcaption, .embed__link { display: none; } .og-source { margin: 16px 0 0; color: #555; font-size: 17px; }`,
  });
  await page.evaluate((text) => {
    const line = document.createElement('p');
    line.className = 'og-source';
    line.textContent = text;
    document.querySelector('figure')!.append(line);
  }, `Arms Transfer Tracker · SIPRI Arms Transfers Database, ${release} release · trend-indicator values (TIV), not US dollars`);
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: OG_IMAGE.width, height: OG_IMAGE.height } });
  console.log(`Wrote ${OUT} from ${url}`);
} finally {
  await browser.close();
  await server.close();
}
