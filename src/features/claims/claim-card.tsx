import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Claim } from '../../api/contract.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { citeSource, formatEventDate } from '../../domain/event-marks.ts';
import { formatShare, formatTiv } from '../../domain/format.ts';
import type { Finding, Verdict } from '../../domain/verdicts.ts';
import { claimCheck } from './claim-check.ts';
import { darkColorStyle } from '../../domain/scheme-colors.ts';

const BAR_COLOR = '#1565c0';

const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  'not-supported': 'Not supported by SIPRI data',
  'different-measure': 'Different measure',
};
const VERDICT_ICON: Record<Verdict, string> = { supported: '✓', 'not-supported': '✗', 'different-measure': '≠' };

/** What became of a claim's check: its verdict, or `failed`. */
export type Outcome = Verdict | 'failed';

interface Props {
  claim: Claim;
  nameOf: (id: string) => string;
  /** Told what the card shows, for the page's summary: its verdict, its error, or null while it checks again (Retry)
   * and once it is gone. */
  onOutcome: (claimId: string, outcome: Outcome | null) => void;
}

/** One claim: who said what, the verdict computed live from the API, its numbers, a small chart and the full view. */
export function ClaimCard({ claim, nameOf, onOutcome }: Props) {
  const check = claimCheck(claim.rule, nameOf);
  // Each rule's answers, from one endpoint or two, with its own judge: all of them end in a Finding.
  const query = useQuery(check.query);
  // After the commit, so that the summary never says a check is done before its card shows it.
  const outcome = query.data?.verdict ?? (query.isError ? 'failed' : null);
  useEffect(() => {
    onOutcome(claim.id, outcome);
    return () => onOutcome(claim.id, null);
  }, [claim.id, outcome, onOutcome]);
  return (
    <article className="claim" aria-labelledby={`claim-${claim.id}`}>
      <h2 id={`claim-${claim.id}`}>“{claim.claim}”</h2>
      <p className="muted">
        Said by {claim.saidBy}, {formatEventDate(claim.date)}. {claim.sources.length > 1 ? 'Sources' : 'Source'}:{' '}
        {claim.sources.map(citeSource).join('; ')}.
      </p>
      {/* The page's status line says how the checks are going: five cards saying so at once would talk over it. */}
      <QueryStatus query={query} label="the check" announce={false}>
        {(finding) => (
          <>
            <p className={`verdict verdict--${finding.verdict}`}>
              <span aria-hidden="true">{VERDICT_ICON[finding.verdict]}</span>
              <span className="visually-hidden">Verdict:</span> {VERDICT_LABEL[finding.verdict]}
            </p>
            <p>{finding.explanation}</p>
            {finding.series.length > 0 && <FindingChart series={finding.series} valueKind={finding.valueKind} />}
            {finding.later && (
              // Apart from the verdict, which the data up to the claim's date decide.
              <section className="claim__later" aria-label="What came after">
                <h3>What came after (not part of the verdict)</h3>
                <p>{finding.later.explanation}</p>
                <FindingChart series={finding.later.series} valueKind={finding.valueKind} />
              </section>
            )}
          </>
        )}
      </QueryStatus>
      <p>
        <Link to={check.link}>See the full view</Link>
      </p>
    </article>
  );
}

function FindingChart({ series, valueKind }: Pick<Finding, 'series' | 'valueKind'>) {
  const format = (value: number) => (valueKind === 'share' ? formatShare(value) : formatTiv(value));
  const unit = valueKind === 'share' ? 'share of the total' : 'SIPRI TIV (millions)';
  const values = series.map((s) => `${s.label}: ${format(s.value)}`).join('; ');
  return (
    <figure className="claim__chart" style={darkColorStyle(BAR_COLOR)}>
      <BarChart
        layout="vertical"
        responsive
        style={{ width: '100%', height: 40 + 26 * series.length }}
        data={series}
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
        // Not a keyboard stop of its own: its arrow keys did not move across a vertical chart's bars, and its
        // caption below gives every value.
        accessibilityLayer={false}
        title={`Bars: ${unit}`}
        desc={values}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        {/* On a phone the plot is ~100 px wide: of the ticks that do not fit, Recharts dropped 0; it keeps both ends now. */}
        <XAxis type="number" tickFormatter={format} interval="preserveStartEnd" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => (valueKind === 'share' ? formatShare(Number(value)) : `${formatTiv(Number(value))} TIV (millions)`)} />
        <Bar dataKey="value" name={valueKind === 'share' ? 'Share' : 'TIV (millions)'} fill={BAR_COLOR} isAnimationActive={false} />
      </BarChart>
      {/* The caption is the chart's text alternative: every bar's value, in words. */}
      <figcaption>
        {unit[0]!.toUpperCase()}
        {unit.slice(1)}: {values}.
      </figcaption>
    </figure>
  );
}
