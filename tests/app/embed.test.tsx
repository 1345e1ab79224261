import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app.tsx';

/** jsdom has the <dialog> element but not its methods: open and close it as a browser does, for the Share dialog. */
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => vi.restoreAllMocks());

describe('embeds', () => {
  it('draw only the chart of the view in the URL, its title, legend, caption with unit, source and release, and a link back', async () => {
    const { container } = renderApp('/embed/shares?recipient=PAK&from=2011&controls=none');
    expect(await screen.findByRole('heading', { level: 1, name: 'Who supplied Pakistan’s arms imports, 2011–2025' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: /Who supplied Pakistan’s arms imports, 2011–2025 \(Share of each year’s total\)/ })).toBeInTheDocument();
    // No header, menu, footer, settings nor downloads: nothing to press at all, the slider being hidden.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('slider')).toBeNull();
    expect(within(container.querySelector('.svg-chart__legend')!).getAllByRole('listitem').map((item) => item.textContent)).toContain('China');
    const caption = container.querySelector('figcaption')!;
    expect(caption).toHaveTextContent(/^Share of each year’s total\. TIV is SIPRI’s trend-indicator value in millions/);
    expect(caption).toHaveTextContent(/Source: SIPRI Arms Transfers Database, .* March 2026 release\./);
    const back = screen.getByRole('link', { name: 'Open this view in Arms Transfer Tracker' });
    expect(back).toHaveAttribute('href', '/shares?recipient=PAK&from=2011');
    expect(back).toHaveAttribute('target', '_blank');
    await waitFor(() => expect(document.title).toBe('Who supplied Pakistan’s arms imports, 2011–2025 · Arms Transfer Tracker'));
  });

  it('keep the year slider unless told not to, and move the years in their own URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/embed/pairs?pairs=RUS:PAK&from=2010');
    await screen.findByRole('heading', { level: 1, name: 'Arms deliveries and orders between country pairs, 2010–2025' });
    expect(await screen.findByRole('list', { name: 'Pairs' })).toHaveTextContent('Russia (incl. Soviet Union) → Pakistan:');
    screen.getByRole('slider', { name: 'Start year' }).focus();
    await user.keyboard('{PageUp}');
    await screen.findByRole('heading', { level: 1, name: 'Arms deliveries and orders between country pairs, 2015–2025' });
    // The link back follows at once; the frame's own URL once the slider rests.
    expect(screen.getByRole('link', { name: 'Open this view in Arms Transfer Tracker' })).toHaveAttribute('href', '/pairs?pairs=RUS%3APAK&from=2015');
    await waitFor(() => expect(router.state.location.search).toBe('?pairs=RUS%3APAK&from=2015'));
    expect(router.state.location.pathname).toBe('/embed/pairs');
  });

  it('read controls= as any other setting: a bad value is left out, and said', async () => {
    renderApp('/embed/shares?ranking=exporters&from=2021&controls=all');
    await screen.findByRole('heading', { level: 1, name: 'The world’s largest arms exporters, 2021–2025' });
    expect(screen.getByText(/Left out of the link: Ignored controls=“all”: expected slider or none\./)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'End year' })).toBeInTheDocument();
    // The ranked bars are a picture here, not buttons to deals.
    expect(await screen.findByRole('group', { name: /The world’s largest arms exporters, 2021–2025 \(Share of the 2021–2025 total/ })).toBeInTheDocument();
    // The only button is the year slider's Play.
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Play']);
  });

  it('say so when the view has no events, or none in its years, as the explorers do', async () => {
    const views = [
      ['/embed/shares?recipient=BRA&controls=none', 'No press-reported events are recorded for Brazil.'],
      ['/embed/shares?recipient=PAK&to=2000&controls=none', 'No press-reported events are recorded for Pakistan in 1950–2000.'],
      ['/embed/pairs?pairs=FRA:BRA&controls=none', 'No press-reported events are recorded for this pair.'],
      ['/embed/pairs?pairs=RUS:PAK,CHN:PAK&to=2000&controls=none', 'No press-reported events are recorded for these pairs in 1950–2000.'],
    ];
    for (const [path, sentence] of views) {
      const { unmount } = renderApp(path!);
      expect(await screen.findByText(sentence!)).toBeInTheDocument();
      unmount();
    }
  });

  it('draw the map of a map view, with the values not on it, and no downloads or deals to open', async () => {
    const user = userEvent.setup();
    const { container } = renderApp('/embed/shares?supplier=RUS&from=2021&tab=map&controls=none');
    const map = await screen.findByRole('group', { name: /: map\. Use the arrow keys to go through the \d+ countries on the map from the largest value\.$/ }, { timeout: 10_000 });
    expect(screen.getByRole('region', { name: 'Not on the map' })).toHaveTextContent('House of Representatives (Libya)*');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.querySelector('.map-svg path[cursor]')).toBeNull();
    // The keys read a value, with no hint of deals; Enter and a click open none.
    map.focus();
    await user.keyboard('{ArrowRight}');
    expect(container.querySelector('.map-readout--below')).toHaveTextContent(/^India: 5,145 TIV \(millions\), 49% of the total, 2021–2025\. 1 of 30 on the map\.$/);
    await user.keyboard('{Enter}');
    await user.click(container.querySelector('.map-svg path[data-country="IND"]')!);
    expect(screen.queryByRole('region', { name: /^Deals behind/ })).toBeNull();
  });
});

describe('embeds with hostile URLs', () => {
  it.each([
    ['/embed/shares', 'recipient=%3Cscript%3Ealert(1)%3C%2Fscript%3E&controls=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'Who supplied India’s arms imports, 1950–2025'],
    ['/embed/pairs', `pairs=javascript:alert(1)&weapon=${'x'.repeat(5000)}&controls=none&controls=slider`, 'Arms deliveries and orders between country pairs, 1950–2025'],
  ])('%s keeps what the link carries as text, falls back to the defaults and says what it left out', async (path, search, title) => {
    const { container } = renderApp(`${path}?${search}`);
    await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.getByText(/^Left out of the link: Ignored/)).toBeInTheDocument();
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(container.textContent!.includes('x'.repeat(200))).toBe(false);
    for (const link of container.querySelectorAll('a[href]')) expect(link.getAttribute('href')).toMatch(/^\/(shares|pairs)/);
  });
});

describe('Share', () => {
  it('gives the link to the view and an embed code for exactly it, with or without the year slider, and copies them', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/shares?recipient=PAK&from=2011');
    const share = await screen.findByRole('button', { name: 'Share' });
    await user.click(share);
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' });
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue(`${window.location.origin}/shares?recipient=PAK&from=2011`);
    const code = within(dialog).getByRole('textbox', { name: 'Embed code, for an article' });
    expect(code).toHaveValue(
      `<iframe src="${window.location.origin}/embed/shares?recipient=PAK&amp;from=2011" title="Who supplied Pakistan’s arms imports, 2011–2025" width="100%" height="680" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Readers can move the years (year slider)' }));
    expect((code as HTMLTextAreaElement).value).toContain('/embed/shares?recipient=PAK&amp;from=2011&amp;controls=none"');

    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/shares?recipient=PAK&from=2011`);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Link copied.');
    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('The embed code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    expect(code).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // On the table tab there is no chart to embed.
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
  });
});
