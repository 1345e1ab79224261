import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, DESKTOP, launchBrowser, PHONE } from './browser.ts';

/** WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** One readable block per violation: rule, impact, what it asks, and every offending element. */
function describeViolations(path: string, violations: readonly Violation[]): string {
  return violations
    .map((v) =>
      [
        `${path}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
}

async function audit(page: Page, path: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = (result.violations as Violation[]).filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = (result.violations as Violation[]).filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length) console.warn(`Minor accessibility findings (not failing):\n${describeViolations(path, minor)}`);
  expect(blocking, `Serious or critical accessibility violations:\n${describeViolations(path, blocking)}`).toEqual([]);
}

/**
 * Opens a route (as `openPage` does, but in a context of its own: AxeBuilder needs `browser.newContext()`)
 * and waits for the app shell, its h1 and, where given, the element that shows its data.
 */
async function openRendered(path: string, ready?: string, device: BrowserContextOptions = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  page.on('close', () => void context.close());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(appUrl(path));
  // The boot screen has an h1 of its own: wait for the layout's header first. The live app's, in #root: on a
  // prerendered page the build's snapshot has one too until the app has drawn its chart and replaced it.
  await page.locator('#root header.site-header').waitFor({ timeout: 30_000 });
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  if (ready) await page.locator(ready).first().waitFor({ timeout: 30_000 });
  return { page, errors };
}

const ROUTES: Array<{ path: string; ready?: string; phone?: boolean }> = [
  { path: '/', ready: '.svg-chart__layer' },
  { path: '/shares', ready: '.svg-chart__layer' },
  { path: '/shares?tab=table', ready: 'table.data-table' },
  // Series switched off in the legend must keep readable text.
  { path: '/shares?hide=USA,other', ready: '.svg-chart__layer' },
  // The map, its legend and the values not on it; a phone puts the list under the map.
  { path: '/shares?supplier=RUS&from=2021&to=2025&tab=map', ready: '.map-svg path' },
  { path: '/shares?ranking=importers&from=2021&to=2025&tab=map', ready: '.map-svg path', phone: true },
  // The world's rankings are ranked bars, each a button.
  { path: '/shares?ranking=exporters', ready: '.ranked-bars__row' },
  // The world by region: the Group by choice, and the map of regions with the row of no region beside it.
  { path: '/shares?ranking=importers&group=region&from=2021&to=2025&tab=map', ready: '.map-svg path' },
  { path: '/pairs', ready: '.recharts-wrapper' },
  // The weapon lens: its hint and link, units, and on a phone.
  { path: '/shares?category=Aircraft&weapon=helicopter', ready: '.lens__hint a' },
  { path: '/pairs?pairs=RUS:PAK&weapon=mi-35&measure=units', ready: '.recharts-wrapper' },
  { path: '/pairs?pairs=RUS:PAK&category=Aircraft', ready: '.recharts-wrapper', phone: true },
  { path: '/deals', ready: '.deals-table table' },
  // On a phone the deals are cards, each cell labelled by the stylesheet.
  { path: '/deals', ready: '.deals-table table', phone: true },
  { path: '/claims', ready: '.claim .recharts-wrapper' },
  { path: '/nope' },
];

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const { path, ready, phone } of ROUTES) {
    it(`has no serious or critical violations on ${path}${phone ? ' (phone)' : ''}`, async () => {
      const { page, errors } = await openRendered(path, ready, phone ? PHONE : DESKTOP);
      if (path === '/claims') {
        // Every claim's check has answered: no "Loading the check…" left.
        await page.waitForFunction(() => !document.querySelector('.claim p.status'), undefined, { timeout: 30_000 });
      }
      await audit(page, path);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('has no serious or critical violations with the armament categories open', async () => {
    const { page, errors } = await openRendered('/shares?category=Ships', '.svg-chart__layer');
    await page.getByText('Armament category:').click();
    await page.getByRole('checkbox', { name: 'Ships' }).waitFor();
    await audit(page, '/shares?category=Ships (categories open)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical violations on the Mi-35M deal page', async () => {
    const { page, errors } = await openRendered('/deals');
    const id = await page.evaluate(async () => {
      const answer = await (await fetch('/api/v1/deals?q=mi-35m&supplier=RUS&recipient=PAK')).json();
      return (answer.deals as Array<{ id: number; designation: string }>).find((d) => d.designation === 'Mi-35M')!.id;
    });
    expect(id).toBeGreaterThan(0);
    await page.goto(new URL(`/deals/${id}`, page.url()).toString());
    await page.getByRole('heading', { level: 1, name: /Mi-35M/ }).waitFor({ timeout: 30_000 });
    await page.locator('table.data-table').waitFor();
    await audit(page, `/deals/${id}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The dark colour scheme (the system's setting): every text keeps its contrast (axe), charts their colours' contrast. */
const DARK = { ...DESKTOP, colorScheme: 'dark' as const };
const DARK_ROUTES: Array<{ path: string; ready: string; phone?: boolean }> = [
  { path: '/', ready: '.svg-chart__layer' },
  { path: '/shares?hide=USA,other', ready: '.svg-chart__layer' },
  { path: '/shares?supplier=RUS&from=2021&to=2025&tab=map', ready: '.map-svg path' },
  { path: '/shares?ranking=exporters', ready: '.ranked-bars__row' },
  { path: '/pairs', ready: '.recharts-wrapper' },
  { path: '/deals', ready: '.deals-table table', phone: true },
  { path: '/claims', ready: '.claim .recharts-wrapper' },
];

describe('accessibility in the dark colour scheme', () => {
  for (const { path, ready, phone } of DARK_ROUTES) {
    it(`has no serious or critical violations on ${path}${phone ? ' (phone)' : ''}, dark`, async () => {
      const { page, errors } = await openRendered(path, ready, { ...(phone ? PHONE : DESKTOP), colorScheme: 'dark' });
      if (path === '/claims') await page.waitForFunction(() => !document.querySelector('.claim p.status'), undefined, { timeout: 30_000 });
      await audit(page, `${path} (dark)`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('accessibility of the phone layout, the embeds and Share', () => {
  for (const path of ['/shares?category=Aircraft', '/pairs']) {
    it(`has no serious or critical violations on ${path} on a phone, its settings and menu open`, async () => {
      const { page, errors } = await openRendered(path, '.svg-chart__layer, .recharts-wrapper', PHONE);
      await page.getByRole('button', { name: /^Settings: / }).click();
      await page.getByRole('button', { name: 'Menu' }).click();
      await audit(page, `${path} (phone, open)`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  for (const [path, device] of [
    ['/embed/shares?recipient=PAK&from=2011', DESKTOP],
    ['/embed/shares?supplier=RUS&from=2021&tab=map&controls=none', DARK],
    ['/embed/pairs?pairs=RUS:PAK', { ...PHONE, viewport: { width: 320, height: 640 } }],
  ] as const) {
    it(`has no serious or critical violations on ${path}${device === DARK ? ', dark' : ''}`, async () => {
      const context = await browser.newContext(device);
      const page = await context.newPage();
      await page.goto(appUrl(path));
      await page.locator('.svg-chart__layer, .recharts-line, .map-svg path').first().waitFor({ timeout: 30_000 });
      await audit(page, path);
      await context.close();
    });
  }

  it('has no serious or critical violations with the Share dialog open, light and dark', async () => {
    for (const device of [DESKTOP, DARK]) {
      const { page, errors } = await openRendered('/shares?from=2011', '.svg-chart__layer', device);
      await page.getByRole('button', { name: 'Share' }).click();
      await page.getByRole('dialog', { name: 'Share this view' }).waitFor();
      await audit(page, '/shares (Share dialog)');
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('reduced motion', () => {
  it('runs no CSS animation or transition when the user asks for reduced motion', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(appUrl('/shares'));
    await page.locator('.svg-chart__layer').first().waitFor({ timeout: 30_000 });
    // A new year range refetches: the old chart stays, faded (.stale), which would otherwise transition.
    await page.getByRole('slider', { name: 'Start year' }).focus();
    await page.keyboard.press('PageUp');
    const running = await page.evaluate(() => document.getAnimations().map((a) => (a as CSSTransition).transitionProperty ?? a.id));
    expect(running).toEqual([]);
    await context.close();
  });
});
