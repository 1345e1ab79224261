import { memo, useId, type KeyboardEvent } from 'react';
import { OTHER_SERIES, type StackedSeries } from '../../domain/focus-series.ts';
import { formatCount, formatShare, formatTiv } from '../../domain/format.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import { darkColorStyle } from '../../domain/scheme-colors.ts';

interface Props {
  /** The rows drawn out, largest first, with their TIV and share of the period; "Other" is said in words below. */
  series: readonly StackedSeries[];
  /** How many rows "Other" sums, and what they are ("importers"). */
  otherCount: number;
  rowNoun: string;
  /** The chart's accessible name, e.g. the heading above it. */
  title: string;
  /** The deals behind a bar; without it (an embed) the bars are a picture, not buttons. */
  onSelect?: ((seriesId: string) => void) | undefined;
}

/** Until the container is measured. */
const FALLBACK_WIDTH = 720;
const ROW = 30;
const BAR = 20;
const TEXT = { fill: '#1a1a1a', fontSize: 13 };
/** An average glyph width at 13 px, to fit the names' column (the chart is drawn without measuring text). */
const CHAR_WIDTH = 7.4;

/**
 * The period's shares as ranked bars, largest first, as SIPRI's fact sheets show the world's largest exporters and
 * importers: one bar per row drawn out, its share and TIV at its end, and the rest summed in a line under them, which
 * a stack would have drawn as three quarters of the picture. Plain SVG with its styling in attributes, so a downloaded
 * picture looks the same. Each bar opens the deals behind it (Enter or Space on a focused bar).
 */
export const RankedBars = memo(function RankedBars({ series, otherCount, rowNoun, title, onSelect }: Props) {
  const [frame, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth || FALLBACK_WIDTH;
  const ids = useId();
  const ranked = series.filter((s) => s.id !== OTHER_SERIES.id);
  const other = series.find((s) => s.id === OTHER_SERIES.id);
  // On a phone the names go above their bars, which then take the whole width.
  const narrow = width < 500;
  const row = narrow ? 44 : ROW;
  const longest = Math.max(0, ...ranked.map((s, i) => `${i + 1}. ${s.name}`.length));
  const labelWidth = narrow ? 0 : Math.min(Math.round(width * 0.4), Math.ceil(longest * CHAR_WIDTH) + 12);
  const valueWidth = narrow ? 115 : 150;
  const barWidth = Math.max(40, width - labelWidth - valueWidth);
  const barTop = narrow ? 20 : (ROW - BAR) / 2;
  const barHeight = narrow ? 16 : BAR;
  const barMiddle = barTop + barHeight / 2;
  const largest = Math.max(0, ...ranked.map((s) => s.share));
  const x = (share: number) => (largest > 0 ? (share / largest) * barWidth : 0);
  const otherLine = other ? otherRowsLine(other, otherCount, rowNoun) : '';
  // On a phone the line takes two.
  const otherLines = !other ? [] : otherLine.length * CHAR_WIDTH > width ? splitAt(otherLine, ': ') : [otherLine];
  const height = ranked.length * row + 12 + 18 * otherLines.length;
  const press = (id: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect?.(id);
  };
  const asButton = (s: StackedSeries, i: number) =>
    onSelect && {
      role: 'button',
      tabIndex: 0,
      'aria-label': `${i + 1}. ${s.name}: ${formatShare(s.share)}, ${formatTiv(s.tiv)} TIV (millions). Show the deals`,
      cursor: 'pointer',
      className: 'ranked-bars__row',
      onClick: () => onSelect(s.id),
      onKeyDown: press(s.id),
    };

  return (
    <div className="svg-chart ranked-bars" ref={frame}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={`${ids}-title`} fontFamily="system-ui, sans-serif">
        <title id={`${ids}-title`}>{title}</title>
        <desc>
          {ranked.map((s, i) => `${i + 1}. ${s.name}: ${formatShare(s.share)}, ${formatTiv(s.tiv)} TIV (millions)`).join('; ')}. {otherLine}
        </desc>
        {ranked.map((s, i) => (
          <g key={s.id} transform={`translate(0,${i * row})`} {...asButton(s, i)}>
            {/* The whole row is the target, not only the bar (a small share's bar is a few pixels wide). */}
            <rect width={width} height={row} fill="transparent" />
            {narrow ? (
              <text x={0} y={13} {...TEXT}>
                {i + 1}. {s.name}
              </text>
            ) : (
              <text x={labelWidth - 8} y={barMiddle} dy="0.32em" textAnchor="end" {...TEXT}>
                {i + 1}. {s.name}
              </text>
            )}
            <rect className="ranked-bars__bar" x={labelWidth} y={barTop} width={Math.max(1, x(s.share))} height={barHeight} fill={s.color} style={darkColorStyle(s.color)} />
            <text x={labelWidth + x(s.share) + 6} y={barMiddle} dy="0.32em" {...TEXT}>
              <tspan fontWeight="bold">{formatShare(s.share)}</tspan>
              <tspan fill="#555"> {formatTiv(s.tiv)} TIV</tspan>
            </text>
          </g>
        ))}
        {otherLines.map((line, i) => (
          <text key={line} x={0} y={ranked.length * row + 20 + 18 * i} {...TEXT} fill="#444">
            {line}
          </text>
        ))}
      </svg>
    </div>
  );
});

/** The rows summed in "Other", in words under the bars (and in the server's picture of them): "The other 40 importers: 21% together (5,120 TIV)." */
export function otherRowsLine(other: Pick<StackedSeries, 'share' | 'tiv'>, otherCount: number, rowNoun: string): string {
  return `The other ${formatCount(otherCount)} ${rowNoun}: ${formatShare(other.share)} together (${formatTiv(other.tiv)} TIV).`;
}

/** "a: b" as ["a:", "b"]. */
function splitAt(text: string, separator: string): string[] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at + 1), text.slice(at + separator.length)];
}
