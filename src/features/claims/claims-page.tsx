import { useCallback, useMemo, useState } from 'react';
import type { Claim, CountrySummary, Meta } from '../../api/contract.ts';
import { useClaims } from '../../api/get-claims.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import type { Verdict } from '../../domain/verdicts.ts';
import { ClaimCard, type Outcome } from './claim-card.tsx';
import { CLAIMS_DESCRIPTION, CLAIMS_TITLE, usePageTitle } from '../../lib/use-page-title.ts';

/** /claims: claims from the news, each checked live against the API. */
export function ClaimsPage({ meta, countries }: { meta: Meta; countries: readonly CountrySummary[] }) {
  usePageTitle(CLAIMS_TITLE, CLAIMS_DESCRIPTION);
  const claims = useClaims();
  const nameOf = useMemo(() => {
    const names = new Map(countries.map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? id;
  }, [countries]);
  const [outcomes, setOutcomes] = useState<Readonly<Record<string, Outcome>>>({});
  const record = useCallback(
    (claimId: string, outcome: Outcome | null) =>
      setOutcomes((known) => {
        if ((known[claimId] ?? null) === outcome) return known;
        const { [claimId]: _gone, ...others } = known;
        return outcome ? { ...others, [claimId]: outcome } : others;
      }),
    [],
  );
  return (
    <>
      <h1>{CLAIMS_TITLE}</h1>
      <p className="intro-text">
        Each claim is stored with a rule that asks this site’s API and turns the answer into a verdict: supported,
        not supported by SIPRI data, or a different measure (money against TIV, orders against deliveries). The
        verdicts are computed as you load the page from the {meta.source.release} release, never written by hand.
      </p>
      <QueryStatus query={claims} label="the claims">
        {({ claims: list }) => (
          <>
            <ChecksSummary claims={list} outcomes={outcomes} />
            <div className="claims">
              {list.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} nameOf={nameOf} onOutcome={record} />
              ))}
            </div>
          </>
        )}
      </QueryStatus>
    </>
  );
}

const TALLY: Record<Verdict, string> = {
  supported: 'supported',
  'not-supported': 'not supported by SIPRI data',
  'different-measure': 'about a different measure',
};

/** How the checks are going, in one status line, as the cards show them: "5 claims checked: 3 supported, …". */
function ChecksSummary({ claims, outcomes }: { claims: readonly Claim[]; outcomes: Readonly<Record<string, Outcome>> }) {
  const shown = claims.flatMap((claim) => (outcomes[claim.id] ? [outcomes[claim.id]!] : []));
  const verdicts = shown.filter((outcome): outcome is Verdict => outcome !== 'failed');
  const failed = shown.length - verdicts.length;
  const tally = (Object.keys(TALLY) as Verdict[]).flatMap((verdict) => {
    const count = verdicts.filter((v) => v === verdict).length;
    return count ? [`${count} ${TALLY[verdict]}`] : [];
  });
  const claimsCount = `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'}`;
  const checked = verdicts.length === claims.length ? claimsCount : `${verdicts.length} of ${claimsCount}`;
  return (
    <p role="status">
      {verdicts.length + failed < claims.length
        ? `Checking ${claimsCount} against the data…`
        : `${checked} checked${tally.length ? `: ${tally.join(', ')}` : ''}.${failed ? ` ${failed} could not be checked: see below.` : ''}`}
    </p>
  );
}
