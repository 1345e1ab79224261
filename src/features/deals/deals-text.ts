import { formatYears } from '../../domain/format.ts';
import { listed } from '../../domain/weapon-lens.ts';
import { NO_REGION_ID, type Deal } from '../../api/contract.ts';
import { MERGED_RUSSIA } from '../../domain/country-names.ts';
import type { DealsView } from './deals-view.ts';

/** A list of names in a few words: "Russia", "Russia or China", "3 suppliers". */
function few(names: readonly string[], noun: string): string {
  return names.length > 2 ? `${names.length} ${noun}` : listed(names, 'or');
}

/**
 * The filters button's summary (the search box stays in view beside it): "Russia → Pakistan, aircraft, delivered
 * 2000–2025"; "none" when nothing filters the register.
 */
export function dealsFiltersSummary(view: DealsView, nameOf: (id: string) => string, firstYear: number, lastYear: number): string {
  // A side: its countries, its region, or both ("Russia in Europe": the countries of the region chosen).
  const side = (ids: readonly string[], region: string | null, noun: string) => [few(ids.map(nameOf), noun), region && regionName(region)].filter(Boolean).join(' in ');
  const suppliers = side(view.suppliers, view.supplierRegion, 'suppliers');
  const recipients = side(view.recipients, view.recipientRegion, 'recipients');
  const countries = suppliers && recipients ? `${suppliers} → ${recipients}` : suppliers ? `from ${suppliers}` : recipients ? `to ${recipients}` : null;
  const years =
    view.from !== null || view.to !== null
      ? `${view.yearOf === 'order' ? 'ordered' : 'delivered'} ${formatYears(view.from ?? firstYear, view.to ?? lastYear)}`
      : null;
  const parts = [
    countries,
    view.categories.length ? few(view.categories.map((c) => c.toLowerCase()), 'categories') : null,
    view.statuses.length ? few(view.statuses.map((s) => s.toLowerCase()), 'statuses') : null,
    years,
    // Said unless Russia is named, and its name says it ("Russia (incl. Soviet Union)").
    view.mergeSoviet && [...view.suppliers, ...view.recipients].includes('RUS') && !countries?.includes(MERGED_RUSSIA) ? 'Soviet Union with Russia' : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

/**
 * The deals page's words for its filters, from one summary: the filters button's `summary`, the page's `title`
 * ("Deals", or what filters it: "Deals: Russia → Pakistan, aircraft, “mi-35m”") and its `description`.
 */
export function dealsPageText(view: DealsView, nameOf: (id: string) => string, firstYear: number, lastYear: number, release: string) {
  const summary = dealsFiltersSummary(view, nameOf, firstYear, lastYear);
  const parts = [summary === 'none' ? null : summary, view.q.trim() ? `“${view.q.trim()}”` : null].filter(Boolean);
  const title = parts.length ? `Deals: ${parts.join(', ')}` : 'Deals';
  const which = parts.length ? `The SIPRI Trade Register’s deals, ${parts.join(', ')}` : 'Every deal of the SIPRI Trade Register';
  const description = `${which}: supplier, recipient, weapon, years of order and delivery, numbers and TIV (a volume index, not US dollars). SIPRI Arms Transfers Database, ${release} release.`;
  return { summary, title, description };
}

/** The export's file name says the filters and the release, e.g. deals_russia_to_pakistan_helicopter_sipri-march-2026.csv. */
export function dealsFileNameParts(view: DealsView, nameOf: (id: string) => string, firstYear: number, lastYear: number, release: string): string[] {
  const countries = (ids: readonly string[]) => ids.map(nameOf).join(' ');
  // "region Europe", "no region".
  const region = (name: string) => (name === NO_REGION_ID ? regionName(name) : `region ${name}`);
  return [
    'deals',
    view.suppliers.length ? `from ${countries(view.suppliers)}` : '',
    view.recipients.length ? `to ${countries(view.recipients)}` : '',
    view.supplierRegion ? `from ${region(view.supplierRegion)}` : '',
    view.recipientRegion ? `to ${region(view.recipientRegion)}` : '',
    view.categories.join(' '),
    view.statuses.join(' '),
    view.q,
    view.from !== null || view.to !== null ? `${view.yearOf} ${formatYears(view.from ?? firstYear, view.to ?? lastYear)}` : '',
    `SIPRI ${release}`,
  ];
}

/** A region filter's name: the region's, or "no region" for the countries SIPRI places in none. */
export function regionName(region: string): string {
  return region === NO_REGION_ID ? 'no region' : region;
}

/** A deal's title: "Mi-35M, Russia → Pakistan". */
export function dealTitle(deal: Pick<Deal, 'designation' | 'supplierName' | 'recipientName'>): string {
  return `${deal.designation}, ${deal.supplierName} → ${deal.recipientName}`;
}

export function dealDescription(deal: Pick<Deal, 'designation' | 'description' | 'supplierName' | 'recipientName' | 'orderYear' | 'numberOrdered' | 'status'>, release: string): string {
  const number = deal.numberOrdered === null ? '' : `${deal.numberOrdered} `;
  return `${number}${deal.designation} (${deal.description}) ordered by ${deal.recipientName} from ${deal.supplierName} in ${deal.orderYear}; ${deal.status.toLowerCase()}. SIPRI Trade Register, ${release} release.`;
}
