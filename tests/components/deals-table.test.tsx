import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DealsTable } from '../../src/features/deals/deals-table.tsx';

/**
 * The label each phone card gives a cell, by column number, from the stylesheet's phone rules:
 * `td:nth-child(N)::before { content: 'Label'; content: 'Label' / ''; }`, the second with empty alternative text.
 */
function phoneLabels(): Map<number, { plain: string | undefined; silent: string | undefined }> {
  const css = readFileSync(resolve('src/styles.css'), 'utf8'); // from the project root, where vitest runs
  const phone = css.slice(css.indexOf('@media (max-width: 40rem)', css.indexOf('.deals-table')));
  const labels = new Map<number, { plain: string | undefined; silent: string | undefined }>();
  for (const [, column, declarations] of phone.matchAll(/\.deals-table td:nth-child\((\d+)\)::before \{([^}]*)\}/g)) {
    labels.set(Number(column), {
      plain: /content: '([^']*)';/.exec(declarations!)?.[1],
      silent: /content: '([^']*)' \/ '';/.exec(declarations!)?.[1],
    });
  }
  return labels;
}

describe("DealsTable's phone cards (styles.css)", () => {
  it('labels every cell of a card with its column heading, except the designation on top', () => {
    render(<DealsTable deals={[]} sortField="id" sortDirection="asc" onSort={() => {}} caption="Deals" dealsHref="/deals" onOpenDeal={() => {}} />);
    const headings = screen.getAllByRole('columnheader').map((th) => th.textContent!.replace(/[▲▼]/, '').trim());
    const labels = phoneLabels();
    const designation = headings.indexOf('Designation') + 1;
    expect(designation).toBeGreaterThan(0);
    headings.forEach((heading, i) => {
      const column = i + 1;
      // Each label is given twice: plain for browsers without the alternative-text syntax, then silent for screen
      // readers, which announce the column heading.
      expect(labels.get(column), `column ${column}`).toEqual(column === designation ? undefined : { plain: heading, silent: heading });
    });
    expect(Math.max(...labels.keys())).toBe(headings.length);
  });
});
