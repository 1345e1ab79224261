import type { Allocation, DealDetail } from '../api/contract.ts';
import { formatYears } from './format.ts';

/**
 * How the yearly values of from..to were made from SIPRI's deal totals, for a chart's caption and each CSV row: which
 * years were fitted to the pair-by-year tables, which follow SIPRI's units per year, which are split evenly. The
 * year bands come from the sources' years in /meta's `allocation`.
 */
export function timingNote(allocation: Allocation, from: number, to: number): string {
  const { perYearFile: perYear, pairTables: tables } = allocation;
  const span = (first: number, last: number) => {
    const start = Math.max(first, from);
    const end = Math.min(last, to);
    return start <= end ? formatYears(start, end) : null;
  };
  const fitted = span(tables.firstYear, perYear.firstYear - 1);
  const units = span(perYear.firstYear, perYear.lastYear);
  const after = span(perYear.lastYear + 1, Infinity);
  const parts = [
    fitted &&
      `${fitted} estimated, fitted pair by pair to the yearly shape of SIPRI’s pair-by-year tables (${tables.release} release), or evenly where they lack the pair`,
    units &&
      `${units} by the units SIPRI’s per-year file records for each year (${perYear.release} release), the few deals it lacks fitted to the tables up to ${tables.lastYear} or split evenly`,
    after && `${after} estimated, from the units still due after ${perYear.lastYear} or evenly`,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return `Yearly values spread each deal’s TIV, one total in SIPRI’s register, over its years of delivery: ${parts.join('; ')}.`;
}

/** How one deal's TIV was spread over its years of delivery, for its page. Empty for a deal with nothing delivered. */
export function dealTimingNote(deal: Pick<DealDetail, 'allocation' | 'deliveryYears' | 'supplierName' | 'recipientName'>, allocation: Allocation): string {
  const { perYearFile: perYear, pairTables: tables } = allocation;
  const pair = `${deal.supplierName} → ${deal.recipientName}`;
  if (deal.deliveryYears.length === 0) return '';
  if (deal.deliveryYears.length === 1) return 'Delivered in one year, which holds all of its TIV.';
  const notInFile = `SIPRI’s per-year file (${perYear.release} release) does not have this deal and`;
  switch (deal.allocation.how) {
    case 'per-year file':
      return `Spread by the units delivered each year, as SIPRI’s per-year file (${perYear.release} release) records them for this deal; years it does not list share the units it does not account for.`;
    case 'fitted':
      return `An estimate of timing: ${notInFile} the yearly split is fitted so that ${pair}’s yearly totals follow the shape of the pair’s row in SIPRI’s pair-by-year tables (${tables.release} release).`;
    case 'even': {
      const why = {
        pairNotInTables: `its pair-by-year tables (${tables.release} release) have no row for ${pair}`,
        outsideTableYears: `its pair-by-year tables (${tables.release} release) end in ${tables.lastYear}, before this deal’s last delivery`,
        noTableTiv: `its pair-by-year tables (${tables.release} release) show no TIV for ${pair} in this deal’s years, or none left by the deals SIPRI records year by year`,
        none: 'nothing else places it',
      }[deal.allocation.reason ?? 'none'];
      return `An estimate of timing: split evenly over its years of delivery, since ${notInFile} ${why}.`;
    }
  }
}
