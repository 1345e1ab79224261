import { max, ticks } from 'd3-array';
import { area, line, stack } from 'd3-shape';
import { formatCount, formatShare, formatTiv } from '../src/domain/format.ts';
import { OG_IMAGE } from './page-head.ts';

/**
 * A view's link-preview picture as SVG, 1200 × 630 (Open Graph's size), from what the view draws (server/picture-model.ts):
 * the site's name, the view's title and subtitle, its chart (a stack, lines or ranked bars) with a legend of its
 * series, and the source and unit under it. Pure: the same picture for the same input, text escaped, nothing measured
 * (widths are estimated from an average glyph width of the font the rasteriser loads, server/rasterise.ts).
 */

export const PICTURE = { width: OG_IMAGE.width, height: OG_IMAGE.height } as const;
/** The font the rasteriser is given (server/rasterise.ts); no system font is used. */
export const PICTURE_FONT = 'Inter';

export interface PictureSeries {
  name: string;
  color: string;
  /** One value per year of the chart's `years`. */
  values: readonly number[];
  /** Drawn dashed (a pair's orders). */
  dashed?: boolean;
}

export interface PictureBar {
  name: string;
  color: string;
  share: number;
  tiv: number;
}

export type PictureChart =
  /** Stacked areas, the first series at the bottom; `format` how the y axis reads (shares of 1, or TIV). */
  | { kind: 'stack'; years: readonly number[]; series: readonly PictureSeries[]; format: 'share' | 'tiv'; unit: string }
  | { kind: 'lines'; years: readonly number[]; series: readonly PictureSeries[]; format: 'share' | 'tiv' | 'count'; unit: string }
  /** Ranked bars, largest first, and the line that says what "Other" sums. */
  | { kind: 'bars'; bars: readonly PictureBar[]; otherLine: string | null }
  /** Nothing to draw: why, in words. */
  | { kind: 'empty'; message: string };

export interface PictureLegendEntry {
  name: string;
  color: string;
}

export interface Picture {
  site: string;
  title: string;
  subtitle: string;
  chart: PictureChart;
  /** The series named beside a stack or lines, in the order read (bars name their own). */
  legend: readonly PictureLegendEntry[];
  /** "SIPRI Arms Transfers Database, March 2026 release; TIV …": under the chart. */
  source: string;
}

const MARGIN = 56;
const INK = '#1a1a1a';
const MUTED = '#555';
const GRID = '#e0e0e0';
/** Inter's average advance per em for mixed-case text, measured on the rendered pictures (a little over, so that estimates err on the short side). */
const EM_WIDTH = { regular: 0.51, bold: 0.55 } as const;
const TITLE_SIZE = 38;
const TITLE_LINE = 46;
const LEGEND_WIDTH = 330;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The estimated width of a text in px. */
export const textWidth = (text: string, size: number, weight: keyof typeof EM_WIDTH = 'regular') => text.length * size * EM_WIDTH[weight];

/** A text cut to fit a width, with an ellipsis where cut. */
export function fitText(text: string, width: number, size: number, weight: keyof typeof EM_WIDTH = 'regular'): string {
  const most = Math.floor(width / (size * EM_WIDTH[weight]));
  return text.length <= most ? text : `${text.slice(0, Math.max(1, most - 1)).trimEnd()}…`;
}

/** Words wrapped into at most `lines` lines of a width; the last one cut with an ellipsis if the text goes on. */
export function wrapText(text: string, width: number, size: number, lines: number, weight: keyof typeof EM_WIDTH = 'regular'): string[] {
  const most = Math.floor(width / (size * EM_WIDTH[weight]));
  const wrapped: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= most || !current) current = next;
    else {
      wrapped.push(current);
      current = word;
    }
  }
  if (current) wrapped.push(current);
  if (wrapped.length <= lines) return wrapped.map((l) => fitText(l, width, size, weight));
  const kept = wrapped.slice(0, lines);
  kept[lines - 1] = fitText(`${kept[lines - 1]} ${wrapped.slice(lines).join(' ')}`, width, size, weight);
  return kept;
}

interface TextOptions {
  size: number;
  fill?: string;
  weight?: 'bold';
  anchor?: 'start' | 'middle' | 'end';
}

function text(x: number, y: number, content: string, { size, fill = INK, weight, anchor = 'start' }: TextOptions): string {
  const attributes = [`x="${round(x)}"`, `y="${round(y)}"`, `font-size="${size}"`, `fill="${fill}"`];
  if (weight) attributes.push(`font-weight="${weight}"`);
  if (anchor !== 'start') attributes.push(`text-anchor="${anchor}"`);
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function pictureSvg(picture: Picture): string {
  const { width, height } = PICTURE;
  const inner = width - 2 * MARGIN;
  const titleLines = wrapText(picture.title, inner, TITLE_SIZE, 2, 'bold');
  const titleTop = 96;
  const subtitleY = titleTop + (titleLines.length - 1) * TITLE_LINE + 38;
  const subtitleLines = wrapText(picture.subtitle, inner, 21, 2);
  const chartBox = { top: subtitleY + (subtitleLines.length - 1) * 26 + 34, bottom: height - 92, left: MARGIN, right: width - MARGIN };
  const hasLegend = picture.legend.length > 0 && (picture.chart.kind === 'stack' || picture.chart.kind === 'lines');
  const plot = hasLegend ? { ...chartBox, right: chartBox.right - LEGEND_WIDTH } : chartBox;

  const parts = [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, 48, picture.site, { size: 20, fill: '#1565c0', weight: 'bold' }),
    ...titleLines.map((l, i) => text(MARGIN, titleTop + i * TITLE_LINE, l, { size: TITLE_SIZE, weight: 'bold' })),
    ...subtitleLines.map((l, i) => text(MARGIN, subtitleY + i * 26, l, { size: 21, fill: MUTED })),
    chartSvg(picture.chart, plot),
    hasLegend ? legendSvg(picture.legend, { left: plot.right + 40, top: chartBox.top, bottom: chartBox.bottom }) : '',
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${height - 52}" y2="${height - 52}" stroke="${GRID}"/>`,
    ...wrapText(picture.source, inner, 17, 1).map((l) => text(MARGIN, height - 24, l, { size: 17, fill: '#444' })),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    ...parts.filter(Boolean),
    '</svg>',
  ].join('\n');
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function chartSvg(chart: PictureChart, box: Box): string {
  switch (chart.kind) {
    case 'empty':
      return wrapText(chart.message, box.right - box.left, 26, 4)
        .map((l, i) => text((box.left + box.right) / 2, (box.top + box.bottom) / 2 - 20 + i * 36, l, { size: 26, fill: MUTED, anchor: 'middle' }))
        .join('\n');
    case 'bars':
      return barsSvg(chart.bars, chart.otherLine, box);
    case 'stack':
    case 'lines':
      return timeSeriesSvg(chart, box);
  }
}

const formatValue = (format: 'share' | 'tiv' | 'count', value: number) => (format === 'share' ? formatShare(value) : format === 'count' ? formatCount(value) : formatTiv(value));

function timeSeriesSvg(chart: Extract<PictureChart, { kind: 'stack' | 'lines' }>, box: Box): string {
  const { years, series } = chart;
  if (!years.length || !series.length) return '';
  const first = years[0]!;
  const last = years.at(-1)!;
  const stacked = chart.kind === 'stack' ? stackOf(years, series) : null;
  const top = stacked ? (max(stacked.at(-1) ?? [], (d) => d[1]) ?? 0) : (max(series.flatMap((s) => s.values)) ?? 0);
  const yTicks = chart.format === 'share' && stacked ? [0, 0.25, 0.5, 0.75, 1] : ticks(0, top > 0 ? top : 1, 4);
  const yMax = Math.max(yTicks.at(-1) ?? 1, top);
  const labelWidth = Math.max(...yTicks.map((t) => textWidth(formatValue(chart.format, t), 16))) + 10;
  const plot = { ...box, left: box.left + labelWidth, top: box.top + 24, bottom: box.bottom - 28 };
  const x = (year: number) => (last === first ? (plot.left + plot.right) / 2 : plot.left + ((year - first) / (last - first)) * (plot.right - plot.left));
  const y = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);
  const xTicks = ticks(first, last, 7).filter((t) => Number.isInteger(t));

  const grid = yTicks.map(
    (t) =>
      `<line x1="${plot.left}" x2="${plot.right}" y1="${round(y(t))}" y2="${round(y(t))}" stroke="${t === 0 ? '#999' : GRID}"/>\n` +
      text(plot.left - 8, y(t) + 5, formatValue(chart.format, t), { size: 16, fill: MUTED, anchor: 'end' }),
  );
  const axis = xTicks.map((t) => text(x(t), plot.bottom + 24, String(t), { size: 16, fill: MUTED, anchor: 'middle' }));
  const unit = text(box.left, box.top + 6, chart.unit, { size: 16, fill: MUTED });
  const marks = stacked
    ? stacked.map((layer, i) => {
        const path = area<(typeof layer)[number]>()
          .x((d) => x(d.data.year))
          .y0((d) => y(d[0]))
          .y1((d) => y(d[1]))(layer);
        return `<path d="${path}" fill="${series[i]!.color}" stroke="#ffffff" stroke-width="0.5"/>`;
      })
    : series.map((s) => {
        const path = line<number>()
          .x((_, i) => x(years[i]!))
          .y((v) => y(v))(s.values);
        return `<path d="${path}" fill="none" stroke="${s.color}" stroke-width="${s.dashed ? 2.5 : 3.5}"${s.dashed ? ' stroke-dasharray="9 6"' : ''} stroke-linejoin="round"/>`;
      });
  return [unit, ...grid, ...marks, ...axis].join('\n');
}

function stackOf(years: readonly number[], series: readonly PictureSeries[]) {
  const keys = series.map((_, i) => String(i));
  const rows = years.map((year, yi) => ({ year, ...Object.fromEntries(series.map((s, i) => [String(i), s.values[yi] ?? 0])) }) as { year: number } & Record<string, number>);
  return stack<{ year: number } & Record<string, number>>().keys(keys)(rows);
}

/** The legend: a swatch and a name per series, a long name on two lines; what does not fit is counted. */
function legendSvg(entries: readonly PictureLegendEntry[], box: { left: number; top: number; bottom: number }): string {
  const size = 19;
  const lineHeight = 23;
  const gap = 11;
  const width = LEGEND_WIDTH - 40 - 30;
  const drawn: string[] = [];
  let top = box.top;
  for (const [i, entry] of entries.entries()) {
    const lines = wrapText(entry.name, width, size, 2);
    // Room for this entry, and for the "and N more" line if entries remain after it.
    const needed = lines.length * lineHeight + (i < entries.length - 1 ? gap + lineHeight : 0);
    if (top + needed > box.bottom) {
      drawn.push(text(box.left + 30, top + 18, `and ${entries.length - i} more`, { size, fill: MUTED }));
      break;
    }
    drawn.push(`<rect x="${box.left}" y="${top + 2}" width="20" height="20" rx="3" fill="${entry.color}"/>`);
    lines.forEach((l, li) => drawn.push(text(box.left + 30, top + 18 + li * lineHeight, l, { size })));
    top += lines.length * lineHeight + gap;
  }
  return drawn.join('\n');
}

function barsSvg(bars: readonly PictureBar[], otherLine: string | null, box: Box): string {
  if (!bars.length) return '';
  const rows = bars.length + (otherLine ? 1 : 0);
  const row = Math.min(44, (box.bottom - box.top) / rows);
  const size = Math.min(20, Math.max(13, Math.floor(row * 0.55)));
  const names = bars.map((b, i) => `${i + 1}. ${b.name}`);
  const labelWidth = Math.min(480, Math.max(...names.map((n) => textWidth(n, size))) + 14);
  const valueWidth = textWidth('100% 99,999 TIV', size) + 16;
  const barSpace = box.right - box.left - labelWidth - valueWidth;
  const largest = Math.max(...bars.map((b) => b.share));
  const length = (share: number) => (largest > 0 ? Math.max(1, (share / largest) * barSpace) : 1);
  const barHeight = Math.round(row * 0.62);
  const drawn = bars.map((bar, i) => {
    const top = box.top + i * row;
    const middle = top + row / 2;
    const end = box.left + labelWidth + length(bar.share);
    return [
      text(box.left + labelWidth - 10, middle + size * 0.36, fitText(names[i]!, labelWidth - 14, size), { size, anchor: 'end' }),
      `<rect x="${round(box.left + labelWidth)}" y="${round(middle - barHeight / 2)}" width="${round(length(bar.share))}" height="${barHeight}" fill="${bar.color}"/>`,
      `<text x="${round(end + 8)}" y="${round(middle + size * 0.36)}" font-size="${size}" fill="${INK}"><tspan font-weight="bold">${escapeXml(formatShare(bar.share))}</tspan><tspan fill="${MUTED}"> ${escapeXml(formatTiv(bar.tiv))} TIV</tspan></text>`,
    ].join('\n');
  });
  if (otherLine) drawn.push(text(box.left, box.top + bars.length * row + row / 2 + size * 0.36, fitText(otherLine, box.right - box.left, size), { size, fill: '#444' }));
  return drawn.join('\n');
}
