import { describe, expect, it } from 'vitest';
import { CLASS_COLORS, CLASS_COUNT, classBreaks, classOf, formatMapShare, legendClasses } from '../../src/features/shares/map/map-scale.ts';

describe('the map’s classes', () => {
  it('end at the largest 1–2–5 number not above the largest value, in 1–2–5 steps', () => {
    // Russia's recipients in 2021–2025 as shares: India 49%, China 13%, Kazakhstan 8.5%.
    expect(classBreaks([0.4878, 0.1277, 0.0851, 0.0001])).toEqual([0.005, 0.01, 0.02, 0.05, 0.1, 0.2]);
    expect(classBreaks([5145, 1347, 898])).toEqual([100, 200, 500, 1000, 2000, 5000]);
    // Exact powers of ten and 1–2–5 numbers open their own class.
    expect(classBreaks([1000])).toEqual([20, 50, 100, 200, 500, 1000]);
    expect(classBreaks([0.5])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5]);
    expect(classBreaks([1])).toEqual([0.02, 0.05, 0.1, 0.2, 0.5, 1]);
    expect(classBreaks([0.999])).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5]);
  });

  it('has no classes without a value above 0', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, -1, Number.NaN])).toEqual([]);
  });

  it('puts a value in the class its edge opens, the largest always in the darkest', () => {
    const breaks = classBreaks([0.4878, 0.1277, 0.0851]);
    expect([0.4878, 0.1277, 0.0851, 0.02, 0.0199, 0.0001].map((v) => classOf(v, breaks))).toEqual([6, 5, 4, 3, 2, 0]);
    for (const max of [0.3, 7, 45.5, 12_345]) expect(classOf(max, classBreaks([max, max / 100]))).toBe(CLASS_COUNT - 1);
  });

  it('has a sequential colour per class, light to dark', () => {
    expect(CLASS_COLORS).toHaveLength(CLASS_COUNT);
    const lightness = CLASS_COLORS.map((hex) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0));
    expect(lightness).toEqual([...lightness].sort((a, b) => b - a));
  });

  it('labels the classes with their edges, the unit being in the legend’s heading', () => {
    expect(legendClasses(classBreaks([0.4878]), 'share').map((c) => c.label)).toEqual([
      'under 0.5%', '0.5–1%', '1–2%', '2–5%', '5–10%', '10–20%', '20% or more',
    ]);
    expect(legendClasses(classBreaks([5145]), 'tiv').map((c) => c.label)).toEqual([
      'under 100', '100–200', '200–500', '500–1,000', '1,000–2,000', '2,000–5,000', '5,000 or more',
    ]);
    expect(legendClasses([], 'tiv')).toEqual([]);
  });

  it('writes small shares with two significant figures, not as 0% or 1%', () => {
    expect([0.4878, 0.0851, 0.0068, 0.0001].map(formatMapShare)).toEqual(['49%', '8.5%', '0.68%', '0.01%']);
  });
});
