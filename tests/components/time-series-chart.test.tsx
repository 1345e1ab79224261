import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TimeSeriesChart } from '../../src/components/time-series-chart.tsx';
import type { StackedChartData } from '../../src/domain/focus-series.ts';

const series = [
  { id: 'RUS', name: 'Russia', color: '#c62828', tiv: 30, share: 0.75 },
  { id: 'USA', name: 'United States', color: '#1565c0', tiv: 10, share: 0.25 },
];

/** The x coordinates a layer's path visits. */
function xsOf(path: Element): number[] {
  return [...(path.getAttribute('d') ?? '').matchAll(/[MLH]\s*(-?[\d.]+)/g)].map((match) => Number(match[1]));
}

describe('TimeSeriesChart', () => {
  it.each(['stacked', 'lines'] as const)('draws a single year across the plot, not as a point (%s)', (mode) => {
    const data: StackedChartData = { series, points: [{ year: 2025, RUS: 30, USA: 10 }] };
    const { container } = render(<TimeSeriesChart data={data} mode={mode} unitLabel="TIV (millions)" title="One year" />);
    const layers = container.querySelectorAll('.svg-chart__layer');
    expect(layers).toHaveLength(2);
    for (const layer of layers) {
      const xs = xsOf(layer);
      expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
    }
  });

  it('draws each year at its place for several years', () => {
    const data: StackedChartData = { series, points: [2023, 2024, 2025].map((year) => ({ year, RUS: 1, USA: 2 })) };
    const { container } = render(<TimeSeriesChart data={data} mode="lines" unitLabel="TIV (millions)" title="Three years" />);
    const xs = xsOf(container.querySelector('.svg-chart__layer')!);
    expect(xs).toHaveLength(3);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!);
  });
});
