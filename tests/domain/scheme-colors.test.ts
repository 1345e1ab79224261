import { describe, expect, it } from 'vitest';
import { FIXED, PALETTE } from '../../src/domain/country-colors.ts';
import { contrast, DARK_SURFACE, onDark } from '../../src/domain/scheme-colors.ts';
import { CLASS_COLORS, NO_DATA_COLOR } from '../../src/features/shares/map/map-scale.ts';

describe('chart colours in the dark scheme', () => {
  it('give each colour on the dark surface the contrast it has on white', () => {
    for (const color of [...Object.values(FIXED), ...PALETTE, ...CLASS_COLORS, NO_DATA_COLOR]) {
      // Within what rounding to whole hex digits allows.
      expect(Math.abs(contrast(onDark(color), DARK_SURFACE) - contrast(color, '#ffffff')), color).toBeLessThan(0.15);
    }
  });

  it('keep the hue and the order of contrasts: the Soviet Union a stronger Russia, the map’s largest class the most visible', () => {
    const [rus, sun] = [onDark(FIXED.RUS!), onDark(FIXED.SUN!)];
    expect(contrast(sun, DARK_SURFACE)).toBeGreaterThan(contrast(rus, DARK_SURFACE) + 2);
    expect(rus.slice(1, 3) > rus.slice(3, 5) && rus.slice(1, 3) > rus.slice(5, 7)).toBe(true); // still red
    const classes = CLASS_COLORS.map((c) => contrast(onDark(c), DARK_SURFACE));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(contrast(onDark(NO_DATA_COLOR), DARK_SURFACE)).toBeLessThan(1.5);
  });

  it('keeps a grey grey, hue-less as it is', () => {
    expect([onDark('#808080'), onDark('#e6e6e6')]).toEqual(['#7c7c7c', '#303030']);
  });

  it('gives black white, and white the surface', () => {
    expect(onDark('#000000')).toBe('#ffffff');
    expect(contrast(onDark('#ffffff'), DARK_SURFACE)).toBeCloseTo(1, 1);
  });
});
