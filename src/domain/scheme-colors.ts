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

type Rgb = [number, number, number];

const hexToRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const rgbToHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;

/** WCAG's relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function rgbToHsl([r, g, b]: Rgb): Rgb {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function hslToRgb([h, s, l]: Rgb): Rgb {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

const cache = new Map<string, string>();

/** The colour for the dark surface with the contrast `hex` has on white (capped at white's own contrast). */
export function onDark(hex: string): string {
  const known = cache.get(hex);
  if (known) return known;
  const wanted = Math.min(contrast(hex, '#ffffff'), contrast('#ffffff', DARK_SURFACE));
  // The luminance that gives that contrast against the dark surface, found by lightness (it grows with lightness).
  const [h, s] = rgbToHsl(hexToRgb(hex));
  let [low, high] = [0, 1];
  for (let step = 0; step < 24; step++) {
    const mid = (low + high) / 2;
    const candidate = rgbToHex(hslToRgb([h, s, mid]));
    if (contrast(candidate, DARK_SURFACE) < wanted || luminance(candidate) < luminance(DARK_SURFACE)) low = mid;
    else high = mid;
  }
  const color = rgbToHex(hslToRgb([h, s, high]));
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
