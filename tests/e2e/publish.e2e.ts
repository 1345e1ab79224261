import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, DESKTOP, launchBrowser, openPage, PHONE, SMALL_PHONE } from './browser.ts';

/**
 * Issue 18 in Chromium: the chart first on a phone with the settings a tap away, every control reachable and
 * labelled; embeds framed by another site (and the app's pages not); Share; the dark scheme, print and downloads.
 */

let browser: Browser;
/**
 * Another site (another host name, not only another port), for an article that frames the site: its frames get no
 * third-party storage, and so no service worker, which the static build's embed must do without.
 */
let host: Server;
let hostPage = '';
beforeAll(async () => {
  browser = await launchBrowser();
  host = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(hostPage);
  }).listen(0);
  await new Promise((resolve) => host.once('listening', resolve));
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

const hostUrl = () => `http://localhost:${(host.address() as AddressInfo).port}/`;

/** The first thing a view draws its data in: a chart, the pair chart, the map. */
const CHART = '.svg-chart svg, .recharts-wrapper, .map-svg';

/**
 * How far the page is wider than the screen. Against the screen's width, not innerWidth: a phone's browser zooms
 * a page that is too wide out to its width (innerWidth grows with it), and all of it looks cut off or tiny.
 */
const overflow = (page: Page) => page.evaluate((width) => document.documentElement.scrollWidth - width, page.viewportSize()!.width);

describe('on a phone, 390 × 844', () => {
  it.each(['/', '/shares', '/pairs'])('shows the title, the summary and the whole chart of %s on the first screen, and nothing scrolls sideways', async (path) => {
    const { page, errors } = await openPage(browser, path, PHONE);
    await page.locator(CHART).first().waitFor({ timeout: 30_000 });
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    expect(await top('main h1')).toBeLessThan(200);
    // The pairs are named with their lines' colours in the year's readout under the plot; their totals follow it.
    const summary = path === '/' ? '.intro p' : path === '/shares' ? '.period-summary' : '.pairs-readout-below';
    expect(await top(summary)).toBeLessThan(844);
    // The whole chart, the plot with its axes (and their labels): its legend may follow it on a phone.
    const chart = (await page.locator(CHART).first().boundingBox())!;
    expect(chart.y + chart.height).toBeLessThanOrEqual(844);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    if (path !== '/') {
      // The settings are one tap away, on a button that says what is chosen.
      const toggle = page.getByRole('button', { name: /^Settings: / });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await top('.year-range')).toBeLessThan(await top(CHART)); // the slider stays by the chart
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['/shares', '/pairs'])('shows nearly all of the chart of %s on a smaller phone’s first screen, 360 × 740', async (path) => {
    const { page, errors } = await openPage(browser, path, SMALL_PHONE);
    const chart = page.locator(CHART).first();
    await chart.waitFor({ timeout: 30_000 });
    const box = (await chart.boundingBox())!;
    expect((740 - box.y) / box.height).toBeGreaterThanOrEqual(0.95);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens and closes the settings with a tap, and every control is labelled, 44 px, and reachable by touch and by Tab', async () => {
    for (const path of ['/shares?category=Aircraft', '/pairs', '/deals?supplier=RUS&recipient=PAK']) {
      const { page, errors } = await openPage(browser, path, PHONE);
      await page.locator(path.startsWith('/deals') ? '.deals-table tbody tr' : CHART).first().waitFor({ timeout: 30_000 });
      const toggle = page.getByRole('button', { name: path.startsWith('/deals') ? /^Filters: Russia → Pakistan/ : /^Settings: / });
      await toggle.tap();
      expect(await toggle.getAttribute('aria-expanded'), path).toBe('true');
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.tap();
      expect(await overflow(page), path).toBeLessThanOrEqual(0);

      // Every control of the page: its name, its size, what a finger at its centre touches, and the Tab order.
      const controls = await page.evaluate(() => {
        // What a disclosure holds is a tap on its summary away (the summary is checked too): open them all.
        for (const details of document.querySelectorAll('details')) details.open = true;
        const selector = 'a[href], button, input, select, textarea, summary, [tabindex="0"], [role="slider"]';
        const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility({ visibilityProperty: true }));
        return visible.map((el, i) => {
          el.dataset.control = String(i);
          // A radio or checkbox is pressed through its label; a link in a sentence is text (WCAG 2.5.8's exception).
          const target = (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.closest('label')) || el;
          const box = target.getBoundingClientRect();
          const inline = getComputedStyle(el).display === 'inline' || el.classList.contains('skip-link');
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length || el.textContent?.trim() || el.getAttribute('title');
          return {
            id: i,
            what: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
            labelled: Boolean(labelled),
            inline,
            width: box.width,
            height: box.height,
            group: el.getAttribute('role') === 'tab' ? 'tabs' : el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : null,
            skip: el.classList.contains('skip-link'),
            // Out of the Tab order by design: a combobox's toggle (the input's arrow keys open its list).
            untabbable: el.tabIndex < 0 && el.getAttribute('role') !== 'tab' && !(el instanceof HTMLInputElement && el.type === 'radio'),
            disabled: el.matches(':disabled'),
          };
        });
      });
      expect(controls.length, path).toBeGreaterThan(15);
      expect(controls.filter((c) => !c.labelled).map((c) => c.what), `${path}: unlabelled`).toEqual([]);
      expect(controls.filter((c) => !c.inline && (c.width < 44 || c.height < 44)).map((c) => `${c.what} ${c.width}×${c.height}`), `${path}: under 44 px`).toEqual([]);

      // A finger at each control's centre, scrolled to it, touches that control (nothing covers it, nothing is off screen).
      const covered = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-control]')]
          .filter((el) => !el.classList.contains('skip-link'))
          .filter((el) => {
            const target = (el instanceof HTMLInputElement && el.closest('label')) || el;
            target.scrollIntoView({ block: 'center', behavior: 'instant' });
            const box = target.getBoundingClientRect();
            const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return !(box.left >= 0 && box.right <= window.innerWidth && at && (target.contains(at) || at.contains(target)));
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(covered, `${path}: not reachable by a tap`).toEqual([]);

      // Tab from the top reaches every control (a group of tabs or radios by one of them, the arrows doing the rest).
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        const reached: string[] = [];
        (window as unknown as { reached: string[] }).reached = reached;
        document.addEventListener('focusin', (event) => {
          const id = (event.target as HTMLElement).dataset.control;
          if (id !== undefined) reached.push(id);
        });
      });
      await page.locator('body').focus();
      for (let press = 0; press < controls.length + 20; press++) await page.keyboard.press('Tab');
      const reached = new Set(await page.evaluate(() => (window as unknown as { reached: string[] }).reached));
      const reachedGroups = new Set(controls.filter((c) => c.group && reached.has(String(c.id))).map((c) => c.group));
      const missed = controls.filter((c) => !reached.has(String(c.id)) && !(c.group && reachedGroups.has(c.group)) && !c.untabbable && !c.disabled);
      expect(missed.map((c) => c.what), `${path}: not reached by Tab`).toEqual([]);

      await page.getByRole('button', { name: /^Close (settings|filters)$/ }).tap();
      expect(await toggle.getAttribute('aria-expanded'), path).toBe('false');
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });
});

describe('the deals on a desktop’s first screen, 1280 × 800', () => {
  const LAPTOP = { viewport: { width: 1280, height: 800 } };
  it('shows the first deals under the filters: the search, the countries and the years in view, the others folded behind summaries that say what they hold', async () => {
    const { page, errors } = await openPage(browser, '/deals', LAPTOP);
    const row = page.locator('.deals-table tbody tr').first();
    await row.waitFor({ timeout: 30_000 });
    const box = (await row.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    for (const control of [
      page.getByRole('searchbox', { name: 'Search deals' }),
      page.getByRole('combobox', { name: 'Supplier', exact: true }),
      page.getByRole('combobox', { name: 'Recipient', exact: true }),
      page.getByRole('slider', { name: 'Start year' }),
      page.getByRole('checkbox', { name: 'Soviet Union with Russia' }),
    ]) {
      expect(await control.isVisible()).toBe(true);
    }
    // A folded filter opens from the keyboard, and its summary then says what is chosen in it.
    const status = page.locator('summary', { hasText: /^Status: any$/ });
    await status.focus();
    await page.keyboard.press('Enter');
    const fresh = page.getByRole('checkbox', { name: /^New \d/ });
    await fresh.focus();
    await page.keyboard.press('Space');
    await page.locator('summary', { hasText: /^Status: New$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('New');
    for (const [summary, control] of [
      ['SIPRI regions: any', page.getByRole('combobox', { name: 'Supplier region' })],
      ['Armament category: any', page.getByRole('checkbox', { name: /^Ships \d/ })],
    ] as const) {
      expect(await control.isVisible(), summary).toBe(false);
      await page.locator('summary', { hasText: summary }).click();
      expect(await control.isVisible(), summary).toBe(true);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();

    // A link with a category chosen shows it, open.
    const linked = await openPage(browser, '/deals?supplier=RUS&recipient=IND&category=Aircraft', LAPTOP);
    await linked.page.locator('.deals-table tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await linked.page.getByRole('checkbox', { name: /^Aircraft \d/ }).isChecked()).toBe(true);
    expect(await linked.page.locator('summary', { hasText: /^Armament category: Aircraft$/ }).count()).toBe(1);
    expect(linked.errors).toEqual([]);
    await linked.page.close();
  });
});

describe('the explorers on a desktop’s first screen, 1280 × 800', () => {
  const LAPTOP = { viewport: { width: 1280, height: 800 } };
  it.each([
    ['/shares', '.period-summary', 'combobox', 'Recipient'],
    ['/pairs', '.pair-legend', 'combobox', 'Pair 1 supplier'],
  ] as const)('shows the title, the years, the summary and the whole chart of %s, its settings in sight beside them', async (path, summary, role, name) => {
    const { page, errors } = await openPage(browser, path, LAPTOP);
    // The live view, not the build's snapshot of /shares that shows until it has drawn (drawn 1070 px wide, scaled here).
    const root = page.locator('#root');
    await root.locator(CHART).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !document.getElementById('prerendered'));
    const box = async (selector: string) => (await root.locator(selector).first().boundingBox())!;
    // The whole plot, with its axes and their labels.
    const plot = await box(CHART);
    expect(plot.y + plot.height).toBeLessThanOrEqual(800);
    const years = await box('.year-range');
    expect(years.y + years.height).toBeLessThanOrEqual(plot.y); // the slider by the chart, above it
    const said = await box(summary);
    expect(said.y + said.height).toBeLessThanOrEqual(plot.y);
    expect((await box('main h1')).y).toBeLessThan(years.y);

    // The settings are not folded behind a button: they are in sight, beside the chart, and work from the keyboard.
    expect(await page.getByRole('button', { name: /^Settings: / }).count()).toBe(0);
    const setting = page.getByRole(role, { name, exact: true });
    const at = (await setting.boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(800);
    expect(at.x + at.width).toBeLessThanOrEqual(plot.x);
    // Read and tabbed to as they are seen: after the header, the settings, then the years, then the chart.
    await page.locator('header nav a').last().focus();
    const reached: string[] = [];
    for (let press = 0; press < 40 && !reached.includes('chart'); press++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const at = document.activeElement;
        return at?.closest('.settings') ? 'settings' : at?.closest('.year-range') ? 'years' : at?.closest('.chart-figure') ? 'chart' : 'other';
      }));
    }
    const order = reached.filter((where, i) => where !== 'other' && where !== reached[i - 1]);
    expect(order).toEqual(['settings', 'years', 'chart']);
    const choice = page.getByRole('radio', { name: path === '/shares' ? 'Lines per series' : 'Rolling five-year sums (each year with the four before it)' });
    await choice.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.toString()).toMatch(path === '/shares' ? /measure=lines/ : /window=5/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls nothing sideways at any width from 320 to 1920 px', async () => {
    for (const path of ['/shares', '/pairs']) {
      const { page, errors } = await openPage(browser, path, LAPTOP);
      await page.locator(`#root ${CHART}`).first().waitFor({ timeout: 30_000 });
      for (const width of [320, 480, 767, 769, 900, 1023, 1024, 1100, 1280, 1366, 1500, 1920]) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForFunction((w) => window.innerWidth === w, width);
        // Once the chart has drawn again at its new width (its ResizeObserver reports after the resize's first frame).
        await expect.poll(() => overflow(page), { message: `${path} at ${width} px`, timeout: 3000 }).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('embeds', () => {
  it('are framed by another site’s page, 320 px wide, with the code Share gives; the app’s own pages are not', async () => {
    const { page, errors } = await openPage(browser, '/shares?recipient=PAK&from=2011', DESKTOP);
    await page.locator(CHART).first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue()).toBe(appUrl('/shares?recipient=PAK&from=2011'));
    const code = await dialog.getByRole('textbox', { name: 'Embed code, for an article' }).inputValue();
    expect(code).toContain(`src="${appUrl('/embed/shares?recipient=PAK&amp;from=2011')}"`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.close();

    // The article: the code as given, made 320 px wide, and a frame of the app's own page beside it.
    hostPage = `<!doctype html><title>An article</title><body style="margin:0">${code.replace('width="100%"', 'width="320"')}
      <iframe id="app" src="${appUrl('/shares')}" title="the app" width="600" height="400"></iframe></body>`;
    const article = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const refusals: string[] = [];
    article.on('console', (message) => message.type() === 'error' && refusals.push(message.text()));
    await article.goto(hostUrl());
    const embed = article.frameLocator('iframe[title^="Who supplied"]');
    await embed.getByRole('heading', { level: 1, name: 'Who supplied Pakistan’s arms imports, 2011–2025' }).waitFor({ timeout: 30_000 });
    await embed.locator('.svg-chart__layer').first().waitFor();
    await embed.getByRole('link', { name: 'Open this view in Arms Transfer Tracker' }).waitFor();
    // In the frame's height as the code gives it: the link back and the year slider are seen without scrolling in it.
    const frameHeight = Number(/height="(\d+)"/.exec(code)![1]);
    for (const control of [embed.getByRole('link', { name: 'Open this view in Arms Transfer Tracker' }), embed.getByRole('slider').first()]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(frameHeight);
    }
    const frame = article.frames().find((f) => f.url().includes('/embed/shares'))!;
    expect(await frame.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([320, 320]);
    expect((await frame.locator('.svg-chart svg').boundingBox())!.width).toBeLessThanOrEqual(320);
    // The app's page refused to be framed here (frame-ancestors 'self'), and said so.
    await expect.poll(() => refusals.some((text) => /frame-ancestors/.test(text)), { timeout: 10_000 }).toBe(true);
    // Chromium shows its own error page in the frame in its place.
    expect(article.frames().filter((f) => f.parentFrame()).map((f) => new URL(f.url()).protocol).sort()).toEqual(['chrome-error:', 'http:']);
    expect(await article.frameLocator('#app').getByRole('heading', { name: /Who supplied/ }).count()).toBe(0);
    await article.close();
  });

  it('are sent without a framing rule; the app’s pages with frame-ancestors \'self\'', async () => {
    const embed = await fetch(appUrl('/embed/pairs?pairs=RUS:PAK'));
    expect(embed.headers.get('content-security-policy')).toBeNull();
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/', '/shares?recipient=PAK', '/deals/5']) {
      const page = await fetch(appUrl(path));
      expect(page.headers.get('content-security-policy'), path).toBe("frame-ancestors 'self'");
      expect(page.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });
});

describe('dark colour scheme, print and downloads', () => {
  it('follows the system’s dark scheme, and still downloads pictures on white in the light colours', async () => {
    const { page, errors } = await openPage(browser, '/shares?recipient=PAK&from=2011', { ...DESKTOP, colorScheme: 'dark' });
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 22)');
    // China's layer is drawn in its dark-scheme colour on screen, its light one in its attribute.
    const china = page.locator('.svg-chart__layer[data-series="CHN"]');
    expect(await china.getAttribute('fill')).toBe('#ef6c00');
    expect(await china.evaluate((el) => getComputedStyle(el).fill)).not.toBe('rgb(239, 108, 0)');

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const markup = await readFile((await svg.path())!, 'utf8');
    expect(markup).toMatch(/^<svg [^>]*><rect [^>]*fill="#fff"/);
    expect(markup).toMatch(/data-series="CHN"[^>]* fill="#ef6c00"/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const corner = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(2, 2, 1, 1).data];
    }, (await readFile((await png.path())!)).toString('base64'));
    expect(corner).toEqual([255, 255, 255, 255]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints a chart page without its controls: the title, chart, caption and source', async () => {
    const { page, errors } = await openPage(browser, '/shares?recipient=PAK&from=2011', DESKTOP);
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.year-range', '.view-bar', '.downloads', '.controls', '.lens']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['main h1', '.period-summary', '.svg-chart svg', '.chart-figure figcaption', '.site-footer']) {
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    }
    expect(await page.locator('.chart-figure figcaption').textContent()).toMatch(/March 2026 release/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(errors).toEqual([]);
    await page.close();
  });
});
