import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DealsTable } from '../../src/features/deals/deals-table.tsx';

/** The label each phone card gives a cell, by column number: `td:nth-child(N)::before { content: 'Label'; … }`. */
function phoneLabels(): Map<number, string[]> {
  const css = readFileSync(resolve('src/styles.css'), 'utf8') // from the project root, where vitest runs;
  const labels = new Map<number, string[]>();
  for (const [, column, declarations] of css.matchAll(/\.deals-table td:nth-child\((\d+)\)::before \{([^}]*)\}/g)) {
    labels.set(Number(column), [...declarations!.matchAll(/content: '([^']*)'/g)].map((match) => match[1]!));
  }
  return labels;
}

describe('DealsTable on a phone', () => {
  it('labels every cell of a card with its column heading, except the designation on top', () => {
    render(<DealsTable deals={[]} sortField="id" sortDirection="asc" onSort={() => {}} caption="Deals" dealsHref="/deals" onOpenDeal={() => {}} />);
    const headings = screen.getAllByRole('columnheader').map((th) => th.textContent!.replace(/[▲▼]/, '').trim());
    const labels = phoneLabels();
    const designation = headings.indexOf('Designation') + 1;
    expect(designation).toBeGreaterThan(0);
    headings.forEach((heading, i) => {
      const column = i + 1;
      // Each label is given twice: plain, then with empty alternative text, for browsers without that syntax.
      expect(labels.get(column), `column ${column}`).toEqual(column === designation ? undefined : [heading, heading]);
    });
    expect(Math.max(...labels.keys())).toBe(headings.length);
  });
});
