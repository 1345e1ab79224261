import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../src/lib/download.ts';
import { URL_REST_MS } from '../../src/lib/use-ahead-of-url.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

const heading = (name: RegExp) => screen.findByRole('heading', { level: 1, name });

describe('share explorer', () => {
  it("opens on India's suppliers, all years, Russia (incl. Soviet Union) and the United States drawn out", async () => {
    const { container } = renderApp('/shares');
    expect(await heading(/Who supplied India’s arms imports, 1950–2025/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Recipient' })).toHaveValue('India');
    const legend = await screen.findByRole('list', { name: /Series/ });
    const names = within(legend).getAllByRole('button').map((b) => b.textContent);
    expect(names[0]).toMatch(/^Russia \(incl\. Soviet Union\) 64%/);
    expect(names.some((n) => n?.startsWith('United States'))).toBe(true);
    expect(names.at(-1)).toMatch(/^Other/);
    expect([...container.querySelectorAll('.svg-chart__layer')].map((layer) => layer.getAttribute('fill'))).toHaveLength(names.length);
    expect(screen.getByText(/1950–2025:/).parentElement).toHaveTextContent(/Russia \(incl\. Soviet Union\) 64%.*TIV \(millions\)/);
  });

  it('moves the years with the keyboard and keeps them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares');
    await heading(/1950–2025/);
    const start = screen.getByRole('slider', { name: 'Start year' });
    start.focus();
    await user.keyboard('{PageUp}{ArrowRight}');
    expect(await heading(/India’s arms imports, 1956–2025/)).toBeInTheDocument();
    // Drawn at once; the URL takes the years once the slider rests.
    await waitFor(() => expect(router.state.location.search).toBe('?from=1956'));
  });

  it('lets a navigation while the slider moves win: its years do not land on the page it goes to', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?from=2000');
    await heading(/India’s arms imports, 2000–2025/);
    await act(() => router.navigate('/shares?recipient=PAK'));
    await heading(/Pakistan’s arms imports, 1950–2025/);
    screen.getByRole('slider', { name: 'Start year' }).focus();
    await user.keyboard('{ArrowRight}');
    await heading(/Pakistan’s arms imports, 1951–2025/);
    await act(() => router.navigate(-1));
    await heading(/India’s arms imports, 2000–2025/);
    await act(() => new Promise((resolve) => setTimeout(resolve, URL_REST_MS + 50)));
    expect(router.state.location.search).toBe('?from=2000');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/India’s arms imports, 2000–2025/);
  });

  it('shows the five-year concentration and where the leaders changed', async () => {
    renderApp('/shares?from=2011&to=2025');
    expect(await screen.findByText('2016–2020: France replaced United States as second supplier.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Top supplier and Herfindahl-Hirschman index/ });
    expect(within(table).getByRole('row', { name: /2021–2025 Russia \(incl\. Soviet Union\) 40%/ })).toBeInTheDocument();
  });

  it('says plainly when a five-year period is cut short by the years chosen or by the start of the data', async () => {
    renderApp('/shares?from=2014&to=2021');
    const table = await screen.findByRole('table', { name: /Top supplier and Herfindahl-Hirschman index/ });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      '2014–2015 (partial period: 2 of 5 years)',
      '2016–2020',
      '2021 (partial period: 1 of 5 years)',
    ]);
    expect(screen.getByText(/A partial period is cut short by the years chosen or by where the data begin or end/)).toBeInTheDocument();
  });

  it('restores every control from the URL and writes changes back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?supplier=RUS&from=2000&to=2010&measure=tiv&window=5&top=3&ussr=separate');
    expect(await heading(/Whom Russia supplied with arms, 2000–2010/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /TIV in millions/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Rolling five-year sums/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Draw out the top/ })).toHaveValue('3');
    // Russia's recipients: nothing is drawn out beyond the top 3 (the United States is no recipient to speak of).
    expect(screen.queryByRole('group', { name: 'Also drawn out, whatever their rank' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Soviet Union with Russia' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Lines per series' }));
    expect(router.state.location.search).toBe('?supplier=RUS&from=2000&to=2010&measure=lines&window=5&top=3&ussr=separate');
    // Top 3 and Other, each a line.
    const lines = [...document.querySelectorAll('.svg-chart__layer')];
    expect(lines.map((line) => [line.getAttribute('data-series'), line.getAttribute('fill')])).toEqual([
      [expect.any(String), 'none'], [expect.any(String), 'none'], [expect.any(String), 'none'], ['other', 'none'],
    ]);
    router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('radio', { name: /TIV in millions/ })).toBeChecked());
  });

  it('picks another recipient from the searchable list', async () => {
    const user = userEvent.setup();
    renderApp('/shares');
    const box = await screen.findByRole('combobox', { name: 'Recipient' });
    await user.clear(box);
    await user.keyboard('pakis');
    await user.click(await screen.findByRole('option', { name: /Pakistan/ }));
    expect(await heading(/Who supplied Pakistan’s arms imports/)).toBeInTheDocument();
  });

  it('lists the countries that appear most in the data first among equal matches, and an armed group by its kind', async () => {
    const user = userEvent.setup();
    renderApp('/shares');
    const box = await screen.findByRole('combobox', { name: 'Recipient' });
    await user.clear(box);
    await user.keyboard('Sa');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(/^Saudi Arabia/);
    expect(options.findIndex((o) => /^Saint Kitts/.test(o.textContent ?? ''))).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    await user.clear(box);
    await user.keyboard('fmln');
    // SIPRI's "FMLN (El Salvador)*": the asterisk is its mark for a non-state actor, said in words here.
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('FMLN (El Salvador) armed group'));
    await user.keyboard('{Enter}');
    expect(await heading(/Who supplied FMLN \(El Salvador\)\*’s arms imports/)).toBeInTheDocument();
    expect(box).toHaveValue('FMLN (El Salvador)');
  });

  it('drops bad values from the URL with a notice, and still renders', async () => {
    const { router } = renderApp('/shares?recipient=ATLANTIS&from=1800&measure=pie&%3Cscript%3E=1');
    expect(await heading(/India’s arms imports, 1950–2025/)).toBeInTheDocument();
    const notice = await screen.findByRole('status', { name: '' });
    expect(notice).toHaveTextContent('Ignored recipient=“ATLANTIS”: not a country in the data.');
    expect(notice).toHaveTextContent('Ignored from=“1800”');
    expect(notice).toHaveTextContent('Ignored measure=“pie”');
    expect(notice).toHaveTextContent('Ignored “<script>”');
    expect(notice).not.toHaveTextContent('Dismiss'); // a screen reader hears the sentences, not the button
    await waitFor(() => expect(router.state.location.search).toBe(''));
    // Dismissed, the notice goes with its button: the focus goes to the heading above it, not to the page's top.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText(/Ignored recipient/)).not.toBeInTheDocument());
    expect(await heading(/India’s arms imports, 1950–2025/)).toHaveFocus();
  });

  it('hides a series from the legend and remembers it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares');
    const other = within(await screen.findByRole('list', { name: /Series/ })).getByRole('button', { name: /^Other/ });
    await user.click(other);
    expect(other).toHaveAttribute('aria-pressed', 'false');
    expect(router.state.location.search).toBe('?hide=other');
  });

  it('says in a downloaded picture, as under the chart, which series are hidden, and lists the events', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadChart').mockResolvedValue();
    renderApp('/shares?recipient=PAK&hide=GBR');
    const legend = await screen.findByRole('list', { name: /Series/ });
    expect(within(legend).getByRole('button', { name: /^United Kingdom/ })).toHaveAttribute('aria-pressed', 'false');
    const hidden = 'Hidden in this view: United Kingdom; the stack leaves out its share of the total, so it does not reach 100 %.';
    expect(document.querySelector('figcaption')).toHaveTextContent(hidden);
    await screen.findByRole('region', { name: 'Events on this timeline' });
    await user.click(screen.getByRole('button', { name: 'Download SVG' }));
    const [, image] = saved.mock.calls[0]!;
    expect(image.legend?.map((entry) => entry.label)).not.toContain('United Kingdom');
    expect(image.notes?.[0]).toBe(hidden);
    expect(image.notes?.[1]).toBe('Events on this timeline (numbered as on the chart):');
    expect(image.notes?.[2]).toMatch(/^1\. 2012: Senior Russian officials visit Pakistan/);
  });

  it('offers the numbers as a sortable table and opens the deals behind a value', async () => {
    const user = userEvent.setup();
    renderApp('/shares?recipient=PAK&from=2018&to=2018&tab=table');
    const table = await screen.findByRole('table', { name: /Pakistan/ });
    // The cells are TIV with each year's share, whatever the chart draws: the caption says so.
    expect(table).toHaveAccessibleName(/SIPRI TIV \(millions\), with the share of each year’s total/);
    const russia = within(table).getByRole('button', { name: /^Russia \(incl\. Soviet Union\), 2018/ });
    await user.click(russia);
    const deals = await screen.findByRole('region', { name: /Deals behind Russia \(incl\. Soviet Union\) → Pakistan, 2018/ });
    expect(await within(deals).findByRole('row', { name: /Mi-35M/ })).toHaveTextContent('46');
    await user.click(within(table).getByRole('button', { name: 'Year' }));
    expect(within(table).getByRole('columnheader', { name: /Year/ })).toHaveAttribute('aria-sort', 'descending');
    // Every figure is a button: a link before the table takes the keyboard past them to the downloads.
    await user.click(screen.getByRole('link', { name: 'Skip the table to the downloads' }));
    expect(screen.getByRole('button', { name: 'Download CSV' })).toHaveFocus();
  });

  it('downloads exactly the view as CSV, with the unit and the release', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/shares?from=2021&to=2025&hide=other');
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }));
    expect(saved).toHaveBeenCalledOnce();
    const [text, name] = saved.mock.calls[0]!;
    expect(name).toBe('who-supplied-india-s-arms-imports-2021-2025_share_sipri-march-2026.csv');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe('Year');
    expect(rows[0]![1]).toBe('Russia (incl. Soviet Union): SIPRI TIV (millions)');
    expect(rows[0]).not.toContain('Other: SIPRI TIV (millions)');
    expect(rows.map((r) => r[0])).toEqual(['Year', '2021', '2022', '2023', '2024', '2025']);
    expect(rows[1]!.at(-1)).toContain('March 2026 release');
  });
});

describe('the share chart', () => {
  it('lists the deals behind a segment when it is clicked', async () => {
    renderApp('/shares');
    const plot = await screen.findByRole('group', { name: /Who supplied India’s arms imports, 1950–2025/ });
    // The test setup's ResizeObserver reports 800 px: the plot spans x = 84 to 784, the last year at 784.
    fireEvent.click(plot.querySelector('.svg-chart__layer[data-series="RUS"]')!, { clientX: 784 });
    const region = await screen.findByRole('region', { name: /^Deals behind Russia \(incl\. Soviet Union\) → India, 2025/ });
    expect(await within(region).findAllByRole('row')).not.toHaveLength(0);
  });

  it('reads a year by keyboard, with TIV and the share of the year’s total', async () => {
    renderApp('/shares?from=2020&to=2025');
    const plot = await screen.findByRole('group', { name: /Who supplied India’s arms imports, 2020–2025.*arrow keys/ });
    plot.focus();
    await userEvent.keyboard('{ArrowRight}');
    // Keys cannot click a segment: the readout points to the table, whose cells list the deals.
    expect(plot.querySelector('[aria-live="polite"]')).toHaveTextContent(/^2020.*Russia \(incl\. Soviet Union\)[\d,.]+[\d.]+%.*The Table tab lists the deals behind each value\.$/);
  });

  it('names the five years a rolling sum covers, in its readout and in the shares it draws', async () => {
    renderApp('/shares?from=2015&to=2025&window=5');
    const pins = await screen.findByRole('group', { name: 'Also drawn out, whatever their rank' });
    expect(within(pins).getAllByRole('checkbox', { checked: true }).map((box) => box.parentElement?.textContent)).toEqual([
      'Russia (incl. Soviet Union)',
      'United States',
    ]);
    const plot = await screen.findByRole('group', { name: /Share of each five years’ total, rolling five-year sums/ });
    plot.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(plot.querySelector('[aria-live="polite"]')).toHaveTextContent(/^2011–2015.*Total [\d,]+ TIV \(millions\)/);
    expect(plot.querySelector('svg')).toHaveTextContent('Share of the five years’ total');
  });

  it('on a touch screen, shows a year at the first tap and opens its deals at the second', async () => {
    renderApp('/shares');
    const plot = await screen.findByRole('group', { name: /Who supplied India’s arms imports, 1950–2025/ });
    const layer = plot.querySelector('.svg-chart__layer[data-series="RUS"]')!;
    const tap = (clientX: number) => {
      fireEvent.pointerDown(layer, { pointerType: 'touch', clientX });
      fireEvent.pointerLeave(layer, { pointerType: 'touch' });
      fireEvent.click(layer, { clientX });
    };
    const readout = plot.querySelector('[aria-live="polite"]')!;
    tap(784);
    expect(readout).toHaveTextContent(/^2025.*Tap a segment of this year again for its deals\.$/);
    expect(screen.queryByRole('region', { name: /^Deals behind/ })).toBeNull();
    // A tap on another year (778 px is in 2024's half) shows that year; one on the year shown opens its deals.
    tap(778);
    expect(readout).toHaveTextContent(/^2024/);
    expect(screen.queryByRole('region', { name: /^Deals behind/ })).toBeNull();
    tap(784);
    tap(782); // 2025 still
    expect(await screen.findByRole('region', { name: /^Deals behind Russia \(incl\. Soviet Union\) → India, 2025/ })).toBeInTheDocument();
  });
});

describe('what is drawn out', () => {
  it('pins Russia and the United States among a country’s suppliers, and lets the reader unpin them', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?from=2021');
    const legend = await screen.findByRole('list', { name: /Series/ });
    expect(within(legend).getByRole('button', { name: /^United States/ })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Also drawn out, whatever their rank' })).getByRole('checkbox', { name: 'United States' }));
    expect(router.state.location.search).toBe('?from=2021&pin=RUS');
    // Now one of the rest, unless it is in the top 5.
    const ranked = within(await screen.findByRole('list', { name: /Series/ })).getAllByRole('button').map((b) => b.textContent);
    expect(ranked).toHaveLength(6);
    await user.click(screen.getByRole('checkbox', { name: 'Russia (incl. Soviet Union)' }));
    expect(router.state.location.search).toBe('?from=2021&pin=');
    expect(screen.getByRole('checkbox', { name: 'Russia (incl. Soviet Union)' })).not.toBeChecked();
  });

  it('pins nobody in the world’s rankings: Russia is no importer to draw out', async () => {
    const user = userEvent.setup();
    renderApp('/shares?ranking=importers&from=2019&to=2023&measure=share');
    const legend = await screen.findByRole('list', { name: /Series/ });
    const names = within(legend).getAllByRole('button').map((b) => b.textContent ?? '');
    expect(names.some((name) => name.startsWith('Russia'))).toBe(false);
    expect(names).toHaveLength(11); // the top 10 and Other
    expect(screen.queryByRole('group', { name: 'Also drawn out, whatever their rank' })).toBeNull();
    // Events are a country's: the rankings have no switch that would do nothing.
    expect(screen.queryByRole('checkbox', { name: 'Show events' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Ranked bars of the period’s shares' }));
    expect(await screen.findByRole('button', { name: /^1\. India: 10%/ })).toBeInTheDocument();
  });

  it('does not pin a country that never supplied the one looked at', async () => {
    renderApp('/shares?recipient=PRK');
    await screen.findByRole('list', { name: /Series/ });
    const pins = screen.getByRole('group', { name: 'Also drawn out, whatever their rank' });
    expect(within(pins).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual(['Russia (incl. Soviet Union)']);
  });
});

describe('the world’s rankings', () => {
  it('draws the top 10 as ranked bars of the period’s shares, the rest in words, the stacked years one click away', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    const { router } = renderApp('/shares?ranking=importers&from=2019&to=2023');
    const bars = await screen.findAllByRole('button', { name: /^\d+\. .*: \d+%, [\d,]+ TIV \(millions\)\. Show the deals$/ });
    expect(bars).toHaveLength(10);
    expect(bars[0]).toHaveAccessibleName(/^1\. India: 10%/);
    expect(screen.getByRole('combobox', { name: /Rank the top/ })).toHaveValue('10');
    expect(document.querySelector('.ranked-bars svg')).toHaveTextContent(/The other \d+ importers: \d+% together/);
    // A bar opens the deals of its country over the period, under its share.
    await user.click(bars[1]!);
    expect(await screen.findByRole('region', { name: /^Deals behind Saudi Arabia: \d+% of the world’s arms imports, 2019–2023$/ })).toBeInTheDocument();
    // The CSV is the ranking.
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const rows = Papa.parse<string[]>(saved.mock.calls[0]![0], { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Rank', 'Importer id', 'Importer', 'TIV 2019–2023: SIPRI TIV (millions)', 'Share of the 2019–2023 total (%)', 'Weapons counted', 'Source']);
    expect(rows[1]!.slice(0, 3)).toEqual(['1', 'IND', 'India']);
    expect(rows[1]![5]).toBe('All major arms');
    expect(rows.at(-2)![2]).toMatch(/^The other \d+ importers$/);
    expect(rows.at(-1)!.slice(2, 5)).toEqual(['Total, all importers', expect.any(String), '100']);
    // The years, stacked: one click.
    await user.click(screen.getByRole('radio', { name: 'Share of total (stacked to 100 %)' }));
    expect(router.state.location.search).toBe('?ranking=importers&from=2019&to=2023&measure=share');
    expect(await screen.findByRole('group', { name: /The world’s largest arms importers, 2019–2023 \(Share of each year’s total\)/ })).toBeInTheDocument();
  });
});

describe('events on the share chart', () => {
  it('marks the press-reported events of the country, numbered, with their sources, and hides them on request', async () => {
    const user = userEvent.setup();
    const { container, router } = renderApp('/shares?recipient=PAK');
    const list = await screen.findByRole('region', { name: 'Events on this timeline' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      '2012: Senior Russian officials visit Pakistan, and a first visit by a Russian head of state is planned. (World Politics Review, “Russia Looks to Build Strategic Leverage in Pakistan”, 2012)',
    );
    const marks = [...container.querySelectorAll('.svg-chart__event')].map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(marks.slice(0, 2)).toEqual(['1', '2']);
    await user.click(screen.getByRole('checkbox', { name: 'Show events' }));
    expect(router.state.location.search).toBe('?recipient=PAK&events=hide');
    expect(screen.queryByRole('region', { name: 'Events on this timeline' })).not.toBeInTheDocument();
  });

  it('tells India’s side of the 2014 story, in our words, with the report as its source', async () => {
    renderApp('/shares?from=2010&to=2020');
    const list = await screen.findByRole('region', { name: 'Events on this timeline' });
    const source = '(The Diplomat (Flashpoints), “Pakistan Courts Both US and Russia on Defense”, November 2014)';
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `2014: A new government takes office in New Delhi, less attached to non-alignment than its predecessors and moving closer to the United States on defence. ${source}`,
      `2014: India becomes the largest foreign buyer of US weapons in 2014. ${source}`,
      `August 2014: Reports say the United States has overtaken Russia as India's top arms supplier over the past three years. ${source}`,
    ]);
  });

  it('says so when the country has no events, or none in the years shown', async () => {
    const { unmount } = renderApp('/shares?recipient=BRA');
    expect(await screen.findByText('No press-reported events are recorded for Brazil.')).toBeInTheDocument();
    unmount();
    renderApp('/shares?recipient=PAK&to=2000');
    expect(await screen.findByText('No press-reported events are recorded for Pakistan in 1950–2000.')).toBeInTheDocument();
  });
});
