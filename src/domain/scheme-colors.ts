import { hsl, rgb } from 'd3-color';
import type { CSSProperties } from 'react';

/**
 * Chart colours in the dark colour scheme. A colour is chosen for its contrast with the light chart surface (white):
 * SIPRI's main suppliers dark and strong, "no deliveries" barely off the page. On the dark surface the same colour
 * would invert those contrasts (the Soviet Union's dark red vanishes, the palest map class glares), so each colour gets,
 * on the dark surface, the contrast it has on the light one: the same hue and saturation at the lightness that gives
 * it. The order of contrasts is kept, so colours that differ by lightness stay apart, and "more" on the map stays the
 * colour that stands out most. Pictures and files keep the light colours (they are drawn on white).
 */

/** The chart surface of the dark scheme (styles.css, --surface). */
export const DARK_SURFACE = '#1c1f23';

/** WCAG's relative luminance. */
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const [lr, lg, lb] = [r / 255, g / 255, b / 255].map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG's contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const cache = new Map<string, string>();

/** The colour for the dark surface with the contrast `hex` has on white (capped at white's own contrast). */
export function onDark(hex: string): string {
  const known = cache.get(hex);
  if (known) return known;
  const wanted = Math.min(contrast(hex, '#ffffff'), contrast('#ffffff', DARK_SURFACE));
  // The luminance that gives that contrast against the dark surface, found by lightness (it grows with lightness).
  const { h, s } = hsl(hex);
  const atLightness = (l: number) => hsl(h, s, l).formatHex();
  let [low, high] = [0, 1];
  for (let step = 0; step < 24; step++) {
    const mid = (low + high) / 2;
    const candidate = atLightness(mid);
    if (contrast(candidate, DARK_SURFACE) < wanted || luminance(candidate) < luminance(DARK_SURFACE)) low = mid;
    else high = mid;
  }
  const color = atLightness(high);
  cache.set(hex, color);
  return color;
}

/**
 * The style that gives an element its dark-scheme colour, beside the light one in its attributes: a CSS variable the
 * dark scheme's rules read (styles.css). A downloaded picture carries no stylesheet, so it keeps the light colour.
 */
export function darkColorStyle(hex: string): CSSProperties {
  return { '--dark': onDark(hex) } as CSSProperties;
}

/** A legend swatch's colours, light and dark (styles.css: .swatch reads them). */
export function swatchStyle(hex: string): CSSProperties {
  return { '--swatch': hex, '--dark': onDark(hex) } as CSSProperties;
}
