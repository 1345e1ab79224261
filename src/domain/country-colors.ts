/**
 * The main suppliers have hand-picked colours, the same in every chart, that stay apart from each other (the
 * Soviet Union a darker Russia). Every other country has a colour of its own from its id, so it too keeps it
 * between views, unless the chart already uses that colour: then it takes the next free one (see seriesColors).
 */
export const FIXED: Readonly<Record<string, string>> = {
  RUS: '#c62828',
  SUN: '#8e0000',
  USA: '#1565c0',
  FRA: '#6a1b9a',
  GBR: '#00838f',
  CHN: '#ef6c00',
  DEU: '#2e7d32',
  ISR: '#5d4037',
  ITA: '#ad1457',
  ESP: '#9e9d24',
  KOR: '#283593',
  NLD: '#03a9f4',
  UKR: '#f9a825',
  TUR: '#9575cd',
  SWE: '#00695c',
  IND: '#546e7a',
  PAK: '#263238',
  other: '#9e9e9e',
};

/** Thirteen colours at least 18 apart (CIE76 ΔE) from each other and from the fixed ones above. */
export const PALETTE = [
  '#4e79a7',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#e15759',
  '#17becf',
  '#393b79',
  '#a0cbe8',
  '#ffbe7d',
  '#d37295',
  '#8cd17d',
];

function ownPaletteIndex(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % PALETTE.length;
}

/**
 * The colour of each of one chart's series, by id: fixed colours first, then each other country its own
 * palette colour, or the next one no series of this chart has yet. Two series share a colour only when there
 * are more than the palette holds.
 */
export function seriesColors(ids: readonly string[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const id of ids) if (FIXED[id]) colors.set(id, FIXED[id]);
  const used = new Set(colors.values());
  // By id, not by rank: moving the years reorders the series but does not swap their colours.
  for (const id of [...ids].sort()) {
    if (colors.has(id)) continue;
    const own = ownPaletteIndex(id);
    const free = PALETTE.map((_, step) => PALETTE[(own + step) % PALETTE.length]!).find((color) => !used.has(color));
    const color = free ?? PALETTE[own]!;
    colors.set(id, color);
    used.add(color);
  }
  return colors;
}

/** "Other"'s grey, under its hatching. */
export const OTHER_COLOR = FIXED.other!;
