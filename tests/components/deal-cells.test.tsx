import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Estimated, Unknown } from '../../src/components/deal-cells.tsx';

/** The text a screen reader reads: what is not hidden from it (aria-hidden). */
const spoken = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent;
};

/** A title a screen reader would also read (one not inside an aria-hidden part). */
const spokenTitles = (element: Element) => [...element.querySelectorAll('[title]')].filter((el) => !el.closest('[aria-hidden="true"]'));

describe('deal cells', () => {
  it('show SIPRI’s ? on an estimate, which a screen reader reads as "estimate"', () => {
    const { container } = render(<Estimated value={2018} estimated />);
    expect(container.textContent).toMatch(/^2018\?/);
    expect(spoken(container)).toBe('2018 (estimate)');
    expect(container.querySelector('abbr')).toHaveAttribute('title', 'SIPRI estimate (uncertain)'); // for the mouse
    expect(spokenTitles(container)).toEqual([]); // not read beside "(estimate)"
    expect(render(<Estimated value={12} estimated={false} />).container.textContent).toBe('12');
  });

  it('show an unknown figure as a dash, read as "unknown"', () => {
    const { container } = render(<Unknown />);
    expect(spoken(container)).toBe('unknown');
    expect(spokenTitles(container)).toEqual([]);
    expect(render(<Estimated value={null} estimated />).container.textContent).toBe('–unknown');
  });
});
