import { useMemo } from 'react';
import type { CountrySummary, Meta } from '../../api/contract.ts';
import { useClaims } from '../../api/get-claims.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { ClaimCard } from './claim-card.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** /claims: claims from the news, each checked live against the API. */
export function ClaimsPage({ meta, countries }: { meta: Meta; countries: readonly CountrySummary[] }) {
  usePageTitle('News claims checked against the data');
  const claims = useClaims();
  const nameOf = useMemo(() => {
    const names = new Map(countries.map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? id;
  }, [countries]);
  return (
    <>
      <h1>News claims checked against the data</h1>
      <p className="intro-text">
        Each claim is stored with a rule that asks this site’s API and turns the answer into a verdict: supported,
        not supported by SIPRI data, or a different measure (money against TIV, orders against deliveries). The
        verdicts are computed as you load the page from the {meta.source.release} release, never written by hand.
      </p>
      <QueryStatus query={claims} label="the claims">
        {({ claims: list }) => (
          <div className="claims">
            {list.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} nameOf={nameOf} />
            ))}
          </div>
        )}
      </QueryStatus>
    </>
  );
}
