import { memo } from 'react';
import type { CountrySummary, DealsFacets, Meta } from '../../api/contract.ts';
import { CountryMultiSelect } from '../../components/country-multi-select.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { formatCount } from '../../domain/format.ts';
import type { DealsView } from './deals-view.ts';
import { SearchBox } from './search-box.tsx';

interface Props {
  view: DealsView;
  meta: Meta;
  countries: readonly CountrySummary[];
  /** Deals each value of a filter leaves; undefined while the first answer loads. */
  facets: DealsFacets | undefined;
  /** `sliding`: a slider step, one of many in a row. */
  onChange: (patch: Partial<DealsView>, sliding?: boolean) => void;
  /** A keystroke in the search box. */
  onSearch: (text: string) => void;
}

/** Memoised: the explorer renders again, unchanged, once React Query has moved to the new answer. */
export const DealsFilters = memo(function DealsFilters({ view, meta, countries, facets, onChange, onSearch }: Props) {
  const suppliers = countries.filter((c) => c.supplies);
  const recipients = countries.filter((c) => c.receives);
  const toggle = (list: readonly string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <div className="deals-filters">
      <div className="deals-filters__pair">
        <CountryMultiSelect
          label="Supplier"
          countries={suppliers}
          value={view.suppliers}
          onChange={(ids) => afterRender(() => onChange({ suppliers: ids }))}
          {...(facets ? { counts: facets.supplier } : {})}
        />
        <button
          type="button"
          className="swap"
          onClick={() => onChange({ suppliers: view.recipients, recipients: view.suppliers })}
          aria-label="Swap supplier and recipient"
          title="Swap supplier and recipient"
        >
          ⇄
        </button>
        <CountryMultiSelect
          label="Recipient"
          countries={recipients}
          value={view.recipients}
          onChange={(ids) => afterRender(() => onChange({ recipients: ids }))}
          {...(facets ? { counts: facets.recipient } : {})}
        />
      </div>
      <SearchBox value={view.q} onSearch={onSearch} />
      <Checkboxes
        legend="Armament category"
        values={meta.categories}
        checked={view.categories}
        counts={facets?.category}
        onToggle={(value) => onChange({ categories: toggle(view.categories, value) })}
      />
      <Checkboxes
        legend="Status"
        values={meta.statuses}
        checked={view.statuses}
        counts={facets?.status}
        onToggle={(value) => onChange({ statuses: toggle(view.statuses, value) })}
      />
      <div className="deals-filters__years">
        <YearRangeSlider
          min={meta.firstOrderYear}
          max={meta.lastYear}
          value={[view.from ?? meta.firstOrderYear, view.to ?? meta.lastYear]}
          onChange={([from, to]) =>
            onChange({ from: from === meta.firstOrderYear ? null : from, to: to === meta.lastYear ? null : to }, true)
          }
        />
        <fieldset className="inline-choice">
          <legend>Years are</legend>
          <label>
            <input type="radio" name="yearOf" checked={view.yearOf === 'delivery'} onChange={() => onChange({ yearOf: 'delivery' })} />
            years of delivery
          </label>
          <label>
            <input type="radio" name="yearOf" checked={view.yearOf === 'order'} onChange={() => onChange({ yearOf: 'order' })} />
            years of order
          </label>
        </fieldset>
      </div>
    </div>
  );
});

/** Downshift reports a choice while React renders, where the view cannot render at once; it changes just after. */
const afterRender = (change: () => void) => queueMicrotask(change);

interface CheckboxesProps {
  legend: string;
  values: readonly string[];
  checked: readonly string[];
  counts: Readonly<Record<string, number>> | undefined;
  onToggle: (value: string) => void;
}

function Checkboxes({ legend, values, checked, counts, onToggle }: CheckboxesProps) {
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input type="checkbox" checked={checked.includes(value)} onChange={() => onToggle(value)} />
          {value}
          {counts && (
            <>
              {' '}
              <span className="count">
                {formatCount(counts[value] ?? 0)}{' '}
                <span className="visually-hidden">{counts[value] === 1 ? 'deal' : 'deals'}</span>
              </span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
