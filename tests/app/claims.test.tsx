import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node.ts';
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
    // One rule for claims counted in money or contracts: a different measure, with the TIV rankings of deliveries and orders.
    expect(await verdictOf(claims[2]!)).toContain('Different measure');
    expect(claims[2]).toHaveTextContent(/by TIV delivered, United States ranked 2 of \d+ .*by TIV of the orders signed, United States ranked 3 of \d+/);
    expect(claims[1]).toHaveTextContent(/by TIV delivered, India ranked 2 of \d+ .*by TIV of the orders signed, India had none/);
    // The 2012 claim is judged on the data up to 2012; what came after is shown apart.
    expect(await verdictOf(claims[4]!)).toContain('Not supported');
    expect(within(claims[4]!).getByText(/^Said by World Politics Review, 2012\./)).toBeInTheDocument();
    expect(claims[4]).toHaveTextContent(/from 30% in 2003–2007 to 30% in 2008–2012/);
    const later = within(claims[4]!).getByRole('region', { name: 'What came after' });
    expect(later).toHaveTextContent(/In 2013–2017, after the claim, the share from United States was 11% and from China 71%/);
    expect(within(claims[4]!).getByRole('link', { name: 'See the full view' })).toHaveAttribute('href', '/shares?recipient=PAK&from=2003&to=2017&pin=USA,CHN');
    expect(within(claims[3]!).getByText(/4 Mi-35M \(combat helicopter\) ordered in 2015, 4 delivered in 2018/)).toBeInTheDocument();
    // Each report the claim was taken from is cited on its own, its outlet only where known.
    expect(within(claims[3]!).getByText(/^Said by The Diplomat and a later briefing, December 2016\./)).toHaveTextContent(
      'Said by The Diplomat and a later briefing, December 2016. Sources: The Diplomat (Flashpoints), “Pakistan Courts Both US and Russia on Defense”, November 2014; “PAKISTAN: Russian-backed projects will face Sunni militant threat”, December 2016.',
    );
    // A screen reader hears "Verdict: Supported"; the small charts are no Tab stops (their captions give the values).
    expect(within(claims[0]!).getByText((_, element) => element?.tagName === 'P' && element.classList.contains('verdict'))).toHaveTextContent(/^\S* ?Verdict: Supported$/);
    for (const claim of claims) expect(claim.querySelector('figure [tabindex]:not([tabindex="-1"])')).toBeNull();
    expect(within(claims[0]!).getByRole('link', { name: 'See the full view' })).toHaveAttribute('href', '/shares?recipient=IND&from=1950&to=2014&window=5');
  });

  it('says how the checks are going in one status line, not one per claim', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      // The checks that ask for deals wait, the page still checking; then the mock API's own handler answers.
      http.get('*/api/v1/deals', async () => void (await held)),
    );
    renderApp('/claims');
    const summary = await screen.findByText(/^Checking 5 claims against the data…$/);
    expect(summary).toHaveAttribute('role', 'status');
    const waiting = await screen.findAllByText('Loading the check…');
    for (const line of waiting) expect(line).not.toHaveAttribute('role'); // five cards saying so at once would talk over each other
    release();
    await waitFor(() => expect(summary).toHaveTextContent('5 claims checked: 2 supported, 1 not supported by SIPRI data, 2 about a different measure.'));
  });

  it('says how many checks failed, each card keeping its own error and Retry, and checks again on Retry', async () => {
    const user = userEvent.setup();
    let failures = 1;
    let release = () => {};
    const retried = new Promise<void>((resolve) => (release = resolve));
    server.use(
      // The Mi-35 claim's deals: the first request for them fails.
      http.get('*/api/v1/deals', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') !== 'Mi-35') return;
        if (failures-- > 0) return HttpResponse.json({ error: { code: 'internal_error', message: 'Boom.' } }, { status: 500 });
        await retried; // then the mock API's own handler answers
      }),
    );
    renderApp('/claims');
    const summary = await screen.findByText(/^4 of 5 claims checked/);
    expect(summary).toHaveTextContent(/^4 of 5 claims checked: .+\. 1 could not be checked: see below\.$/);
    // The card says why, with Retry; the summary has already said it aloud, once, so the card is no alert of its own.
    const failure = screen.getByText(/^The check could not be loaded/).closest('div')!;
    expect(failure).not.toHaveAttribute('role');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(within(failure).getByRole('button', { name: 'Retry' }));
    // While the card checks again, so does the summary: it does not keep saying the check failed.
    await waitFor(() => expect(summary).toHaveTextContent('Checking 5 claims against the data…'));
    release();
    await waitFor(() => expect(summary).toHaveTextContent('5 claims checked: 2 supported, 1 not supported by SIPRI data, 2 about a different measure.'));
  });

  it('says so when the server sends claims in another format, rather than drawing half a page', async () => {
    const v1 = { version: 1, claims: [{ id: 'x', claim: 'Old.', saidBy: 'Someone', outlet: 'Paper', title: 'Title', date: '2014', rule: { type: 'deal' } }] };
    server.use(http.get('*/api/v1/claims', () => HttpResponse.json(v1)));
    renderApp('/claims');
    expect(await screen.findByRole('alert')).toHaveTextContent('the server sent claims in format version 1; this app reads version 3.');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });
});
