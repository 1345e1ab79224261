import { formatYears } from '../../domain/format.ts';
import { listed } from '../../domain/weapon-lens.ts';
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
  const suppliers = few(view.suppliers.map(nameOf), 'suppliers');
  const recipients = few(view.recipients.map(nameOf), 'recipients');
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
    view.mergeSoviet && [...view.suppliers, ...view.recipients].includes('RUS') ? 'Soviet Union with Russia' : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}
