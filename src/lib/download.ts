const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PADDING = 16;
const GAP = 8;

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  // Some browsers only follow a click on an anchor that is in the document.
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking synchronously can cancel the download before the browser has started it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(text: string, name: string, mime: string): void {
  downloadBlob(new Blob([text], { type: mime }), name);
}

export interface ChartImageOptions {
  title: string;
  subtitle?: string;
  source: string;
  /** The series' names and colours, drawn under the chart: a picture pasted elsewhere has no legend beside it. */
  legend?: ReadonlyArray<{ label: string; color: string; hatched?: boolean }>;
  /** What the page says beside the chart and the picture must too (series hidden, the events' list), one paragraph
   * each, under the legend. */
  notes?: readonly string[];
  background?: string;
}

/** Text is not measured (the image is composed without layout): an average glyph width for 12 px system-ui. */
const CHAR_WIDTH = 6.8;
/** The same for the title's 16 px bold and the subtitle's 13 px. */
const TITLE_CHAR_WIDTH = 9.6;
const SUBTITLE_CHAR_WIDTH = 7.4;
const LINE_HEIGHT = 16;
const SWATCH = 12;

/** Words into lines no wider than `width`, by the estimates above. */
function wrap(text: string, width: number, charWidth = CHAR_WIDTH): string[] {
  const perLine = Math.max(20, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend's entries flowed into rows within `width`, from baseline `top`; returns them and the next free y. */
function legendRows(legend: NonNullable<ChartImageOptions['legend']>, top: number, width: number): { elements: SVGElement[]; bottom: number } {
  const elements: SVGElement[] = [];
  let x = PADDING;
  let y = top;
  for (const { label, color, hatched } of legend) {
    const itemWidth = SWATCH + 6 + label.length * CHAR_WIDTH + 18;
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      y += LINE_HEIGHT + 4;
    }
    elements.push(svgElement('rect', { x, y: y - SWATCH + 2, width: SWATCH, height: SWATCH, fill: color }));
    // "Other" is hatched in the chart; colour is never the only cue.
    if (hatched) elements.push(svgElement('path', { d: `M${x},${y + 2} l${SWATCH},${-SWATCH} M${x},${y - 4} l6,-6 M${x + 6},${y + 2} l6,-6`, stroke: '#fff', 'stroke-width': 1.5 }));
    elements.push(textLine(label, y, { x: x + SWATCH + 6, 'font-size': 12, fill: '#222' }));
    x += itemWidth;
  }
  return { elements, bottom: y + LINE_HEIGHT };
}

interface Size {
  width: number;
  height: number;
}

/** Only plain or px lengths are sizes; "100%" says nothing about the drawing. */
function length(value: string | null): number | undefined {
  const match = value?.trim().match(/^(\d+(?:\.\d+)?)(?:px)?$/);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function chartSize(svg: SVGSVGElement): Size {
  const width = length(svg.getAttribute('width'));
  const height = length(svg.getAttribute('height'));
  if (width && height) return { width, height };
  const viewBox = svg.getAttribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox?.length === 4 && viewBox[2] && viewBox[3]) return { width: viewBox[2], height: viewBox[3] };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width, height: rect.height };
}

function setAttributes<E extends Element>(element: E, attributes: Record<string, string | number>): E {
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  return setAttributes(document.createElementNS(SVG_NS, name) as SVGElement, attributes);
}

function textLine(content: string, y: number, attributes: Record<string, string | number>): SVGElement {
  const text = svgElement('text', { x: PADDING, y, ...attributes });
  text.textContent = content; // the serialiser escapes it
  return text;
}

/** The chart framed with its title and source, as a standalone SVG document, and its size. */
function composeChart(chartSvg: SVGSVGElement, options: ChartImageOptions): Size & { markup: string } {
  const chart = chartSize(chartSvg);
  const width = Math.ceil(chart.width + 2 * PADDING);
  const textWidth = width - 2 * PADDING;
  let y = PADDING + 16; // baselines, so each line sits below the previous one's descenders
  const heading = wrap(options.title, textWidth, TITLE_CHAR_WIDTH).map((line, i) =>
    textLine(line, y + i * 20, { 'font-size': 16, 'font-weight': 'bold', fill: '#111' }),
  );
  y += (heading.length - 1) * 20;
  for (const line of options.subtitle ? wrap(options.subtitle, textWidth, SUBTITLE_CHAR_WIDTH) : []) {
    y += 20;
    heading.push(textLine(line, y, { 'font-size': 13, fill: '#444' }));
  }
  const chartY = y + GAP;
  const legend = options.legend?.length ? legendRows(options.legend, chartY + chart.height + GAP + 12, width) : null;
  // Paragraphs of wrapped lines from baseline `top`, a gap between paragraphs; returns them and the next free y.
  const paragraphs = (texts: readonly string[], top: number, fill: string) => {
    const lines: SVGElement[] = [];
    let baseline = top;
    for (const text of texts) {
      for (const line of wrap(text, textWidth)) {
        lines.push(textLine(line, baseline, { 'font-size': 12, fill }));
        baseline += LINE_HEIGHT;
      }
      baseline += 4;
    }
    return { lines, bottom: baseline - 4 - LINE_HEIGHT };
  };
  const notesTop = (legend?.bottom ?? chartY + chart.height + GAP) + 12;
  const notes = options.notes?.length ? paragraphs(options.notes, notesTop, '#222') : null;
  const source = paragraphs([options.source], notes ? notes.bottom + LINE_HEIGHT + 8 : notesTop, '#666');
  const height = Math.ceil(source.bottom + PADDING);

  // A nested <svg> keeps the chart's own viewBox and clips it to its box.
  const clone = setAttributes(chartSvg.cloneNode(true) as SVGSVGElement, { x: PADDING, y: chartY, ...chart });
  // Recharts styles its surface 100% × 100%, which would override these attributes and fill the image.
  clone.style.removeProperty('width');
  clone.style.removeProperty('height');
  if (!clone.getAttribute('style')) clone.removeAttribute('style');

  const root = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY });
  root.append(
    svgElement('rect', { width, height, fill: options.background ?? '#fff' }),
    ...heading,
    clone,
    ...(legend?.elements ?? []),
    ...(notes?.lines ?? []),
    ...source.lines,
  );
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

export function chartSvgMarkup(chartSvg: SVGSVGElement, options: ChartImageOptions): string {
  return composeChart(chartSvg, options).markup;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('Cannot draw the chart as PNG: the browser could not load its SVG.'));
    image.src = url;
  });
}

export async function svgToPngBlob(svgMarkup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Cannot draw the chart as PNG: this browser has no 2D canvas.');
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgMarkup)}`);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Cannot draw the chart as PNG: the canvas gave no image.'))),
      'image/png',
    ),
  );
}

export async function downloadChart(
  chartSvg: SVGSVGElement,
  options: ChartImageOptions,
  name: string,
  format: 'svg' | 'png',
): Promise<void> {
  const { markup, width, height } = composeChart(chartSvg, options);
  if (format === 'svg') downloadText(markup, name, 'image/svg+xml;charset=utf-8');
  else downloadBlob(await svgToPngBlob(markup, width, height), name);
}
