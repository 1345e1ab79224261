import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app.tsx';

describe('claims', () => {
  it('checks every stored claim live against the API', async () => {
    renderApp('/claims');
    const claims = await screen.findAllByRole('article');
    expect(claims).toHaveLength(5);
    const verdictOf = async (claim: HTMLElement) => (await within(claim).findByText(/Supported|Not supported|Different measure/)).textContent;
    expect(await verdictOf(claims[0]!)).toContain('Supported');
    expect(await verdictOf(claims[1]!)).toContain('Different measure');
    expect(await verdictOf(claims[3]!)).toContain('Supported');
    expect(within(claims[3]!).getByText(/4 Mi-35M \(combat helicopter\) ordered in 2015, 4 delivered in 2018/)).toBeInTheDocument();
    // Each report the claim was taken from is cited on its own, its outlet only where known.
    expect(within(claims[3]!).getByText(/^The Diplomat; a December 2016 briefing;/)).toHaveTextContent(
      'The Diplomat; a December 2016 briefing; The Diplomat (Flashpoints), “Pakistan Courts Both US and Russia on Defense”, November 2014; “PAKISTAN: Russian-backed projects will face Sunni militant threat”, December 2016.',
    );
    expect(within(claims[0]!).getByRole('link', { name: 'See the full view' })).toHaveAttribute('href', '/shares?recipient=IND&from=1950&to=2014&window=5');
  });
});
