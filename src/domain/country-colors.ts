/**
 * One colour per country in every chart of the app. The main suppliers have hand-picked colours that
 * stay apart from each other; every other id gets a colour from its name, so it never changes between
 * views.
 */
const FIXED: Record<string, string> = {
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
  NLD: '#ff8f00',
  UKR: '#0277bd',
  TUR: '#d84315',
  SWE: '#00695c',
  IND: '#795548',
  PAK: '#33691e',
  other: '#9e9e9e',
};

const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#af7aa1', '#9c755f', '#e15759'];

export function countryColor(id: string): string {
  const fixed = FIXED[id];
  if (fixed) return fixed;
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
