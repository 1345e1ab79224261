import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartSvgMarkup, downloadText, svgToPngBlob } from '../../src/lib/download.ts';

function chart(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host.querySelector('svg')!;
}

function parseSvg(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('chartSvgMarkup', () => {
  const options = { title: 'Imports <India> & partners', subtitle: 'TIV, 1950–2025', source: 'Source: SIPRI "Arms Transfers"' };

  it('frames the chart with an escaped title, a subtitle and the source in a valid SVG document', () => {
    const markup = chartSvgMarkup(chart('<svg width="400" height="200"><rect class="bar" width="10" height="20"/></svg>'), options);
    expect(markup).toContain('Imports &lt;India&gt; &amp; partners');
    const root = parseSvg(markup).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('font-family')).toBeTruthy();
    const texts = [...root.querySelectorAll(':scope > text')].map((text) => text.textContent);
    expect(texts).toEqual([options.title, options.subtitle, options.source]);
    expect(root.querySelector('svg rect.bar')).not.toBeNull();
    expect(Number(root.getAttribute('width'))).toBeGreaterThanOrEqual(400);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(200);
  });

  it('places the chart below the title at its own size, whatever its CSS size', () => {
    const svg = chart('<svg viewBox="0 0 300 150" style="width: 100%; height: 100%; color: red"><circle r="5"/></svg>');
    const nested = parseSvg(chartSvgMarkup(svg, { title: 'T', source: 'S' })).querySelector('svg > svg')!;
    expect(nested.getAttribute('width')).toBe('300');
    expect(nested.getAttribute('height')).toBe('150');
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(16);
    expect(nested.getAttribute('style')).toBe('color: red;');
    expect(svg.getAttribute('width')).toBeNull(); // the page's chart is left alone
  });

  it('draws the legend under the chart and wraps a long source within the picture', () => {
    const source =
      'Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers, data generated 18 May 2026. March 2026 release.';
    const legend = [
      { label: 'Russia (incl. Soviet Union)', color: '#c62828' },
      { label: 'United States', color: '#1565c0' },
      { label: 'Other', color: '#9e9e9e', hatched: true },
    ];
    const root = parseSvg(chartSvgMarkup(chart('<svg width="400" height="200"></svg>'), { title: 'T', source, legend })).documentElement;
    const width = Number(root.getAttribute('width'));
    const texts = [...root.querySelectorAll(':scope > text')];
    expect(texts.slice(1, 4).map((text) => text.textContent)).toEqual(legend.map((entry) => entry.label));
    expect([...root.querySelectorAll(':scope > rect')].slice(1).map((rect) => rect.getAttribute('fill'))).toEqual(legend.map((entry) => entry.color));
    // Every word of the source, in order, on lines of at most the picture's width (at ~6.8 px a character).
    const lines = texts.slice(4).map((text) => text.textContent!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(source);
    for (const line of lines) expect(line.length * 6.8).toBeLessThanOrEqual(width - 32);
    // Below the chart, and inside the picture.
    const baselines = texts.slice(1).map((text) => Number(text.getAttribute('y')));
    expect(Math.min(...baselines)).toBeGreaterThan(200);
    expect(Math.max(...baselines)).toBeLessThan(Number(root.getAttribute('height')));
  });
});

describe('chartSvgMarkup with what the page says beside the chart', () => {
  it('wraps a long title and writes the notes (series hidden, events) between the legend and the source', () => {
    const title = 'Arms deliveries and orders: Russia (incl. Soviet Union) → India, United States → India, Russia (incl. Soviet Union) → Pakistan, 2000–2020';
    const notes = ['Hidden in this view: United Kingdom.', 'Events: 1. November 2014: a visit to Islamabad (The Diplomat, “Pakistan Courts Both US and Russia on Defense”, November 2014).'];
    const root = parseSvg(
      chartSvgMarkup(chart('<svg width="400" height="200"></svg>'), { title, source: 'Source: SIPRI.', legend: [{ label: 'India', color: '#123456' }], notes }),
    ).documentElement;
    const texts = [...root.querySelectorAll(':scope > text')].map((text) => ({ text: text.textContent!, y: Number(text.getAttribute('y')), size: text.getAttribute('font-size') }));
    const titleLines = texts.filter((t) => t.size === '16');
    expect(titleLines.length).toBeGreaterThan(1);
    expect(titleLines.map((t) => t.text).join(' ')).toBe(title);
    const nested = root.querySelector('svg > svg')!;
    expect(Number(nested.getAttribute('y'))).toBeGreaterThan(Math.max(...titleLines.map((t) => t.y)));
    const rest = texts.filter((t) => t.size === '12').map((t) => t.text);
    expect(rest[0]).toBe('India');
    expect(rest.at(-1)).toBe('Source: SIPRI.');
    expect(rest.slice(1, -1).join(' ')).toBe(notes.join(' '));
    const ys = texts.filter((t) => t.size === '12').map((t) => t.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(Math.max(...ys)).toBeLessThan(Number(root.getAttribute('height')));
  });
});

// jsdom's Blob has no text(); its FileReader reads it.
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe('downloadText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('clicks a download link to an object URL of the text, then revokes the URL', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test-url');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('a,b\r\n1,Köln\r\n', 'imports.csv', 'text/csv;charset=utf-8');

    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('imports.csv');
    expect(anchor.href).toBe('blob:test-url');
    expect(document.querySelector('a')).toBeNull();
    // Revoked after a tick, once the browser has started the download.
    expect(revokeObjectURL).not.toHaveBeenCalled();

    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await readText(blob)).toBe('a,b\r\n1,Köln\r\n');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test-url');
  });
});

describe('svgToPngBlob', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects with a clear error when the browser has no canvas', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(svgToPngBlob('<svg xmlns="http://www.w3.org/2000/svg"/>', 10, 10)).rejects.toThrow(/no 2D canvas/);
  });
});
