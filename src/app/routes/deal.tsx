import { Link, useParams } from 'react-router';
import { useDeal } from '../../api/get-deal.ts';
import { useMeta } from '../../api/get-meta.ts';
import { QueryStatus } from '../../components/query-status.tsx';
import { DealDetail } from '../../features/deals/deal-detail.tsx';
import { dealDescription, dealTitle } from '../../features/deals/deals-text.ts';
import { ApiError } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { isDealId } from '../page-paths.ts';
import { NotFoundRoute } from './not-found.tsx';

export function DealRoute() {
  const { id = '' } = useParams();
  return isDealId(id) ? <DealPage id={Number(id)} /> : <NotFoundRoute />;
}

function DealPage({ id }: { id: number }) {
  const meta = useMeta();
  const deal = useDeal(id);
  const missing = deal.error instanceof ApiError && deal.error.status === 404;
  // Here rather than in the page below, so that the tab is named while the deal loads or if it fails.
  usePageTitle(
    deal.data ? dealTitle(deal.data) : missing ? 'Deal not found' : `Deal ${id}`,
    deal.data && meta.data ? dealDescription(deal.data, meta.data.source.release) : undefined,
  );
  if (missing) return <DealNotFound id={id} release={meta.data?.source.release} />;
  return (
    <QueryStatus query={meta} label="the data description">
      {(metaData) => <QueryStatus query={deal} label="the deal">{(data) => <DealDetail deal={data} meta={metaData} />}</QueryStatus>}
    </QueryStatus>
  );
}

function DealNotFound({ id, release }: { id: number; release: string | undefined }) {
  return (
    <section>
      <h1>Deal not found</h1>
      <p>
        The Trade Register{release ? ` (SIPRI’s ${release} release)` : ''} has no deal {id}: deal numbers are positions in
        the register, from 1. <Link to="/deals">Search the deals</Link>.
      </p>
    </section>
  );
}
