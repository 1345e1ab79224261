import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as download from '../../src/lib/download.ts';
import { renderApp } from '../render-app.tsx';

afterEach(() => vi.restoreAllMocks());

/** The map's shape of a country (its own, or the area a former state is drawn over). */
const shape = (container: HTMLElement, id: string) => container.querySelector<SVGPathElement>(`.map-svg path[data-country="${id}"]`);
const findMap = () => screen.findByRole('group', { name: /: map\. Use the arrow keys/ }, { timeout: 10_000 });

describe('the share explorer’s map', () => {
  it('colours Russia’s recipients in 2021–2025 by their share, marks Russia and lists what it cannot draw', async () => {
    const { container } = renderApp('/shares?supplier=RUS&from=2021&to=2025&tab=map');
    await findMap();
    expect(screen.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
    // India 49%, China 13%, Kazakhstan 8.5%: the three darkest classes.
    expect(['IND', 'CHN', 'KAZ', 'DZA', 'PAK'].map((id) => shape(container, id)?.getAttribute('data-class'))).toEqual(['6', '5', '4', '3', '1']);
    expect(shape(container, 'USA')).toHaveAttribute('fill', '#e6e6e6');
    expect(shape(container, 'RUS')).toHaveAttribute('fill', 'url(#map-subject)');

    const legend = screen.getByRole('list', { name: 'Share of the arms exports of Russia (incl. Soviet Union), 2021–2025' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'under 0.5%', '0.5–1%', '1–2%', '2–5%', '5–10%', '10–20%', '20% or more', 'No deliveries', 'Russia (incl. Soviet Union) (the supplier)',
    ]);
    const notOnMap = screen.getByRole('region', { name: 'Not on the map' });
    expect(within(notOnMap).getByRole('listitem')).toHaveTextContent('House of Representatives (Libya)* 71 (0.68%) – armed group');
    expect(container.querySelector('.shares-map figcaption')).toHaveTextContent(
      /^The 5 largest, in SIPRI TIV \(millions\) for 2021–2025 with the share of the total: India 5,145 \(49%\), China 1,347 \(13%\), Belarus 1,325 \(13%\), Kazakhstan 898 \(8\.5%\), Algeria 512 \(4\.9%\)\. TIV is/,
    );
    // The chart's downloads are the map's here: its CSV and its picture.
    expect(screen.getAllByRole('button', { name: 'Download CSV' })).toHaveLength(1);
  });

  it('goes through the countries by value with the arrow keys, and Enter lists the deals behind one', async () => {
    const user = userEvent.setup();
    renderApp('/shares?supplier=RUS&from=2021&to=2025&tab=map');
    const map = await findMap();
    map.focus();
    const readout = document.querySelector('.map-readout--below')!;
    await user.keyboard('{ArrowRight}');
    expect(readout).toHaveTextContent('India: 5,145 TIV (millions), 49% of the total, 2021–2025. 1 of 30 on the map. Enter lists the deals behind it.');
    await user.keyboard('{ArrowDown}');
    expect(readout).toHaveTextContent(/^China: 1,347 TIV \(millions\), 13% of the total, 2021–2025\. 2 of 30/);
    await user.keyboard('{End}');
    expect(readout).toHaveTextContent(/^Gabon: 1\.1 TIV \(millions\), 0\.01% of the total, 2021–2025\. 30 of 30/);
    await user.keyboard('{Escape}{Home}');
    expect(readout).toHaveTextContent(/^India: .* 1 of 30/);
    await user.keyboard('{Home}{ArrowRight}{Enter}');
    const deals = await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → China, 2021–2025' });
    expect(within(deals).getByRole('link', { name: 'Compare this pair year by year' })).toHaveAttribute('href', '/pairs?pairs=RUS%3ACHN');
    expect(await within(deals).findAllByRole('row')).not.toHaveLength(0);
  });

  it('shows a value at a tap and its deals at a second tap, and a click lists them at once', async () => {
    const { container } = renderApp('/shares?supplier=RUS&from=2021&to=2025&tab=map');
    await findMap();
    const india = shape(container, 'IND')!;
    const tap = (target: Element) => {
      fireEvent.pointerDown(target, { pointerType: 'touch' });
      fireEvent.click(target);
    };
    tap(india);
    expect(document.querySelector('.map-readout--below')).toHaveTextContent(/^India: 5,145 TIV.*Tap it again for the deals behind it\.$/);
    expect(screen.queryByRole('region', { name: /^Deals behind/ })).toBeNull();
    tap(india);
    expect(await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → India, 2021–2025' })).toBeInTheDocument();
    fireEvent.pointerDown(shape(container, 'DZA')!, { pointerType: 'mouse' });
    fireEvent.click(shape(container, 'DZA')!);
    expect(await screen.findByRole('region', { name: 'Deals behind Russia (incl. Soviet Union) → Algeria, 2021–2025' })).toBeInTheDocument();
  });

  it('opens from the Chart tab, follows the typed years, and with rolling sums shows the five years to the end year', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/shares?supplier=RUS&from=2021&to=2025');
    await user.click(await screen.findByRole('tab', { name: 'Map' }));
    await findMap();
    expect(router.state.location.search).toBe('?supplier=RUS&from=2021&to=2025&tab=map');
    const end = screen.getByRole('spinbutton', { name: 'To' });
    await user.clear(end);
    await user.type(end, '2022{Enter}');
    expect(await screen.findByRole('list', { name: /arms exports of Russia \(incl\. Soviet Union\), 2021–2022$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Rolling five-year sums/ }));
    expect(await screen.findByRole('list', { name: /Soviet Union\), 2018–2022 \(the rolling five-year sum to 2022\)$/ })).toBeInTheDocument();
  });

  it('draws the Soviet Union’s recipients as they were: former states over their successors, the two Yemens listed', async () => {
    const { container } = renderApp('/shares?supplier=SUN&ussr=separate&from=1980&to=1985&measure=tiv&tab=map');
    await findMap();
    // The supplier's area is its fifteen successors', hatched.
    expect(['RUS', 'UKR', 'KAZ', 'EST'].map((id) => shape(container, id)?.getAttribute('fill'))).toEqual(Array(4).fill('url(#map-subject)'));
    // East Germany, Czechoslovakia and Yugoslavia over their successors' area, each one outline.
    for (const id of ['DDR', 'CSK', 'YUG']) expect(shape(container, id), id).toHaveAttribute('data-class');
    expect(shape(container, 'DEU')).toBeNull();
    expect(screen.getByRole('list', { name: 'SIPRI TIV (millions), 1980–1985' })).toBeInTheDocument();
    const listed = within(screen.getByRole('region', { name: 'Not on the map' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(listed.filter((text) => /^(North|South) Yemen/.test(text ?? ''))).toHaveLength(2);
    expect(listed.find((text) => text?.startsWith('North Yemen'))).toMatch(/former state: its area on today’s map is taken by others/);
  });

  it('downloads the map’s values as CSV, each with whether it is on the map', async () => {
    const user = userEvent.setup();
    const saved = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    renderApp('/shares?supplier=RUS&from=2021&to=2025&tab=map');
    await findMap();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const [text, name] = saved.mock.calls[0]!;
    expect(name).toBe('whom-russia-incl-soviet-union-supplied-with-arms-2021-2025_share_sipri-march-2026_map.csv');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['Recipient', 'Id', 'SIPRI TIV (millions), 2021–2025', 'Share of total, 2021–2025 (%)', 'On the map', 'Source']);
    expect(rows[1]!.slice(0, 5)).toEqual(['India', 'IND', '5145.05', expect.stringMatching(/^48\.78/), 'yes']);
    expect(rows.find((row) => row[1] === 'house-of-representatives-libya')![4]).toBe('no: armed group');
    expect(rows[1]![5]).toContain('March 2026 release');
  });
});
