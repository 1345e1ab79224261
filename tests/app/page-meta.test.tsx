import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCountries } from '../../src/api/get-countries.ts';
import { getDeal } from '../../src/api/get-deal.ts';
import { getMeta } from '../../src/api/get-meta.ts';
import { pageMeta } from '../../src/app/page-meta.ts';
import { renderApp } from '../render-app.tsx';

/** The page's description, as the app sets it. */
const description = () => document.querySelector('meta[name="description"]')?.getAttribute('content');

beforeEach(() => {
  document.head.innerHTML = '<meta name="description" content="Who supplies major weapons to whom, year by year, from the SIPRI Arms Transfers Database." />';
});

describe('links that say what they show', () => {
  it.each([
    ['/shares?recipient=PAK&from=2011', 'Who supplied Pakistan’s arms imports, 2011–2025'],
    ['/shares?supplier=RUS&category=Aircraft&from=2016&measure=tiv', 'Whom Russia (incl. Soviet Union) supplied with aircraft, 2016–2025'],
    ['/pairs?pairs=RUS:PAK&category=Aircraft&weapon=helicopter&measure=units&from=1965', 'Deliveries and orders of aircraft matching “helicopter” between country pairs, 1965–2025'],
    ['/deals?supplier=RUS&recipient=PAK&category=Aircraft', 'Deals: Russia → Pakistan, aircraft'],
    ['/embed/shares?ranking=importers&from=2021&controls=none', 'The world’s largest arms importers, 2021–2025'],
    ['/', 'Who arms whom, year by year'],
  ])('names %s in the tab and describes it, in the words the server writes into its page', async (url, heading) => {
    renderApp(url);
    await waitFor(() => expect(document.title).toBe(`${heading} · Arms Transfer Tracker`));
    const [meta, { countries }] = await Promise.all([getMeta(), getCountries()]);
    const expected = await pageMeta(new URL(url, window.location.origin), { meta, countries, findDeal: (id) => getDeal(id).catch(() => null) });
    expect(expected.title).toBe(heading);
    await waitFor(() => expect(description()).toBe(expected.description));
  });

  it('names a deal’s page by its weapon and countries, as the server does', async () => {
    const answer = await (await fetch(new URL('/api/v1/deals?q=mi-35m&supplier=RUS&recipient=PAK', window.location.origin))).json();
    const id = (answer.deals as Array<{ id: number; designation: string }>).find((d) => d.designation === 'Mi-35M')!.id;
    renderApp(`/deals/${id}`);
    await waitFor(() => expect(document.title).toBe('Mi-35M, Russia → Pakistan · Arms Transfer Tracker'));
    const [meta, { countries }] = await Promise.all([getMeta(), getCountries()]);
    const expected = await pageMeta(new URL(`/deals/${id}`, window.location.origin), { meta, countries, findDeal: (n) => getDeal(n) });
    await waitFor(() => expect(description()).toBe(expected.description));
    expect(expected.description).toMatch(/^4 Mi-35M \(combat helicopter\) ordered by Pakistan from Russia in 2015; /);
  });
});
