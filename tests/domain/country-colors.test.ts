import { describe, expect, it } from 'vitest';
import { FIXED, PALETTE, seriesColors } from '../../src/domain/country-colors.ts';

/** CIE76 colour difference (Euclidean distance in CIELAB, D65): ~2 is just noticeable, 18 clearly apart. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('seriesColors', () => {
  // The top 15 importers of 2021–2025 and "Other": Saudi Arabia and Australia, Kuwait and the UAE shared colours.
  const importers = ['UKR', 'IND', 'QAT', 'PAK', 'JPN', 'USA', 'SAU', 'EGY', 'AUS', 'KWT', 'ARE', 'POL', 'ISR', 'KOR', 'NLD', 'other'];

  it('gives every series of a chart its own colour', () => {
    const colors = seriesColors(importers);
    expect([...colors.keys()].sort()).toEqual([...importers].sort());
    expect(new Set(colors.values()).size).toBe(importers.length);
  });

  it('draws from colours clearly apart from each other and from the fixed ones', () => {
    for (const [i, color] of PALETTE.entries()) {
      for (const other of [...PALETTE.slice(i + 1), ...Object.values(FIXED)]) expect(deltaE(color, other)).toBeGreaterThanOrEqual(18);
    }
    // The fixed ones from each other too (readers saw China, Turkiye and the Netherlands in three oranges as
    // Pakistan's suppliers), but the Soviet Union, a darker Russia on purpose.
    const fixed = Object.entries(FIXED);
    for (const [i, [id, color]] of fixed.entries()) {
      for (const [otherId, other] of fixed.slice(i + 1)) {
        if (`${id} ${otherId}` !== 'RUS SUN') expect(deltaE(color, other), `${id} and ${otherId}`).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('does not depend on the series’ order, which changes as the years move', () => {
    const reversed = seriesColors([...importers].reverse());
    for (const [id, color] of seriesColors(importers)) expect(reversed.get(id)).toBe(color);
  });

  it('keeps the main suppliers’ colours and a country’s own colour wherever it is free', () => {
    expect(seriesColors(['RUS', 'USA', 'SAU']).get('RUS')).toBe(seriesColors(['SAU', 'RUS']).get('RUS'));
    expect(seriesColors(['SAU']).get('SAU')).toBe(seriesColors(['RUS', 'SAU', 'FRA']).get('SAU'));
  });
});
