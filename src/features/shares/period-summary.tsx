import { Fragment } from 'react';
import type { SharesResponse } from '../../api/contract.ts';
import { formatShare, formatTiv, formatYears } from '../../domain/format.ts';
import { leadingRows } from '../../domain/share-chart.ts';

interface Props {
  /** The view's years, cut from the API's answer. */
  shares: SharesResponse;
  /** What the shares are of: "India’s aircraft imports" (shareWhole). */
  whole: string;
  /** Opens the deals behind a row over the whole period. */
  onSelect: (id: string) => void;
}

/**
 * The period's largest rows and their shares of the whole they are of, each a button to its deals over the period:
 * "2021–2025: France 53%, United States 22%, … of India’s aircraft imports; total 3,785 TIV (millions)."
 */
export function PeriodSummary({ shares, whole, onSelect }: Props) {
  const period = formatYears(shares.from, shares.to);
  return (
    <p className="period-summary">
      <strong>{period}:</strong>{' '}
      {leadingRows(shares).map((row, i) => (
        <Fragment key={row.id}>
          {i > 0 && ', '}
          <button
            type="button"
            className="link-button"
            aria-label={`${row.name} ${formatShare(row.share)} of ${whole}, ${period}: show the deals`}
            onClick={() => onSelect(row.id)}
          >
            {row.name} {formatShare(row.share)}
          </button>
        </Fragment>
      ))}{' '}
      of {whole}; total {formatTiv(shares.total)} TIV (millions).
    </p>
  );
}
