import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { NO_REGION_ID, type CountrySummary, type DealsFacets, type Meta } from '../../api/contract.ts';
import { CountryMultiSelect } from '../../components/country-multi-select.tsx';
import { YearRangeSlider } from '../../components/year-range-slider.tsx';
import { formatCount } from '../../domain/format.ts';
import { sameProps } from '../../lib/same-props.ts';
import { countryChoices, firstYearOf, type DealsView } from './deals-view.ts';
import { SearchBox } from './search-box.tsx';
import { SettingsPanel } from '../../components/settings-panel.tsx';
import { regionName } from './deals-text.ts';

interface Props {
  view: DealsView;
  meta: Meta;
  countries: readonly CountrySummary[];
  /** What filters the register, in a few words (the explorer's, which its title says too). */
  summary: string;
  /** Deals each value of a filter leaves; undefined while the first answer loads. */
  facets: DealsFacets | undefined;
  /** `sliding`: a slider step, one of many in a row. Stable: the memoised parts below depend on it. */
  onChange: (patch: Partial<DealsView>, sliding?: boolean) => void;
  /** A keystroke in the search box. */
  onSearch: (text: string) => void;
  /** The Soviet Union with Russia, or apart. Stable. */
  onMergeSoviet: (mergeSoviet: boolean) => void;
}

/**
 * The filters, in parts memoised by their own values. A new answer draws its deals first: the counts follow in a
 * render of their own, just after, which the years' part skips. Memoised itself: the explorer renders again,
 * unchanged, once React Query has moved to the new answer.
 */
export const DealsFilters = memo(function DealsFilters({ view, meta, countries, summary, facets: latestFacets, onChange, onSearch, onMergeSoviet }: Props) {
  const facets = useDeferredValue(latestFacets);
  // The search first: on a phone it stays in view while the other filters fold (SettingsPanel).
  return (
    <div className="deals-filters">
      <SearchBox value={view.q} onSearch={onSearch} />
      <SettingsPanel label="Filters" summary={summary}>
        <CountryFilters
          countries={countries}
          suppliers={view.suppliers}
          recipients={view.recipients}
          supplierRegion={view.supplierRegion}
          recipientRegion={view.recipientRegion}
          supplierCounts={facets?.supplier}
          recipientCounts={facets?.recipient}
          mergeSoviet={view.mergeSoviet}
          onChange={onChange}
          onMergeSoviet={onMergeSoviet}
        />
        <Checkboxes legend="Armament category" field="categories" values={meta.categories} checked={view.categories} counts={facets?.category} onChange={onChange} />
        <Checkboxes legend="Status" field="statuses" values={meta.statuses} checked={view.statuses} counts={facets?.status} onChange={onChange} />
        <Years
          firstOrderYear={meta.firstOrderYear}
          firstDeliveryYear={meta.firstYear}
          max={meta.lastYear}
          from={view.from}
          to={view.to}
          yearOf={view.yearOf}
          onChange={onChange}
        />
      </SettingsPanel>
    </div>
  );
});

type Counts = Readonly<Record<string, number>> | undefined;

interface CountryFiltersProps {
  countries: readonly CountrySummary[];
  suppliers: readonly string[];
  recipients: readonly string[];
  supplierRegion: string | null;
  recipientRegion: string | null;
  supplierCounts: Counts;
  recipientCounts: Counts;
  mergeSoviet: boolean;
  onChange: Props['onChange'];
  onMergeSoviet: Props['onMergeSoviet'];
}

const CountryFilters = memo(function CountryFilters(props: CountryFiltersProps) {
  const { countries, suppliers, recipients, supplierRegion, recipientRegion, supplierCounts, recipientCounts, mergeSoviet, onChange, onMergeSoviet } = props;
  const choices = useMemo(() => {
    const shown = countryChoices(countries, mergeSoviet);
    return { suppliers: shown.filter((c) => c.supplies), recipients: shown.filter((c) => c.receives) };
  }, [countries, mergeSoviet]);
  return (
    <div className="deals-filters__countries">
      <div className="deals-filters__pair">
        <CountryMultiSelect
          label="Supplier"
          countries={choices.suppliers}
          value={suppliers}
          onChange={(ids) => afterRender(() => onChange({ suppliers: ids }))}
          {...(supplierCounts ? { counts: supplierCounts } : {})}
        />
        <button
          type="button"
          className="swap"
          onClick={() => onChange({ suppliers: [...recipients], recipients: [...suppliers], supplierRegion: recipientRegion, recipientRegion: supplierRegion })}
          aria-label="Swap supplier and recipient"
          title="Swap supplier and recipient"
        >
          ⇄
        </button>
        <CountryMultiSelect
          label="Recipient"
          countries={choices.recipients}
          value={recipients}
          onChange={(ids) => afterRender(() => onChange({ recipients: ids }))}
          {...(recipientCounts ? { counts: recipientCounts } : {})}
        />
      </div>
      {/* As the charts can: SIPRI lists the Soviet Union up to 1991 and Russia after. */}
      <label className="deals-filters__merge">
        <input type="checkbox" checked={mergeSoviet} onChange={(event) => onMergeSoviet(event.target.checked)} />
        Soviet Union with Russia
      </label>
      <Fold label="SIPRI regions" chosen={regionsChosen(supplierRegion, recipientRegion)}>
        <fieldset className="inline-choice">
          <legend className="visually-hidden">SIPRI regions</legend>
          <RegionSelect label="Supplier region" countries={countries} value={supplierRegion} onChange={(name) => onChange({ supplierRegion: name })} />
          <RegionSelect label="Recipient region" countries={countries} value={recipientRegion} onChange={(name) => onChange({ recipientRegion: name })} />
        </fieldset>
      </Fold>
    </div>
  );
}, sameProps);

interface RegionSelectProps {
  label: string;
  countries: readonly CountrySummary[];
  value: string | null;
  onChange: (name: string | null) => void;
}

/**
 * A less-used filter folded behind a summary that says what it holds ("Status: any"), so that the deals are on the
 * first screen; open from the start where something is chosen in it (a link to such a view shows it).
 */
function Fold({ label, chosen, children }: { label: string; chosen: string | null; children: ReactNode }) {
  const [open, setOpen] = useState(chosen !== null);
  return (
    <details className="deals-filters__fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {label}: <span className="deals-filters__chosen">{chosen ?? 'any'}</span>
      </summary>
      {children}
    </details>
  );
}

/** "from Europe, to no region", or null for none. */
function regionsChosen(supplierRegion: string | null, recipientRegion: string | null): string | null {
  const chosen = [supplierRegion && `from ${regionName(supplierRegion)}`, recipientRegion && `to ${regionName(recipientRegion)}`].filter(Boolean);
  return chosen.length ? chosen.join(', ') : null;
}

/** A SIPRI region or subregion, as /countries gives them, or the parties of no region (`none`); the charts' regions. */
function RegionSelect({ label, countries, value, onChange }: RegionSelectProps) {
  const { regions, subregions } = useMemo(() => {
    const names = (list: ReadonlyArray<string | null>) => [...new Set(list.filter((name) => name !== null))].sort();
    const regions = names(countries.map((c) => c.region));
    // The Middle East is a region and its one subregion: listed once.
    return { regions, subregions: names(countries.map((c) => c.subregion)).filter((name) => !regions.includes(name)) };
  }, [countries]);
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">Any</option>
        <optgroup label="Regions">
          {regions.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </optgroup>
        <optgroup label="Subregions">
          {subregions.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </optgroup>
        <option value={NO_REGION_ID}>No region (organisations, unknown parties)</option>
      </select>
    </label>
  );
}

/** Downshift reports a choice while React renders, where the view cannot render at once; it changes just after. */
const afterRender = (change: () => void) => queueMicrotask(change);

interface CheckboxesProps {
  legend: string;
  field: 'categories' | 'statuses';
  values: readonly string[];
  checked: readonly string[];
  counts: Counts;
  onChange: Props['onChange'];
}

const Checkboxes = memo(function Checkboxes({ legend, field, values, checked, counts, onChange }: CheckboxesProps) {
  const toggle = (value: string) =>
    onChange({ [field]: checked.includes(value) ? checked.filter((v) => v !== value) : [...checked, value] });
  return (
    <Fold label={legend} chosen={checked.length ? checked.join(', ') : null}>
      <fieldset className="checkboxes">
        <legend className="visually-hidden">{legend}</legend>
        {values.map((value) => (
          <label key={value}>
            <input type="checkbox" checked={checked.includes(value)} onChange={() => toggle(value)} />
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
    </Fold>
  );
}, sameProps);

interface YearsProps {
  firstOrderYear: number;
  firstDeliveryYear: number;
  max: number;
  from: number | null;
  to: number | null;
  yearOf: DealsView['yearOf'];
  onChange: Props['onChange'];
}

/**
 * Years of delivery start with the data, in 1950; years of order go further back (deals delivered from 1950 on were
 * ordered before it), and the slider says so when it offers them.
 */
const Years = memo(function Years({ firstOrderYear, firstDeliveryYear, max, from, to, yearOf, onChange }: YearsProps) {
  const min = firstYearOf(yearOf, { firstOrderYear, firstDeliveryYear });
  // Years of order before the first delivery year do not carry over to years of delivery.
  const toDelivery = () => {
    const clip = (year: number | null) => (year !== null && year <= firstDeliveryYear ? null : year);
    onChange({ yearOf: 'delivery', from: clip(from), to: to !== null && to < firstDeliveryYear ? firstDeliveryYear : to });
  };
  return (
    <div className="deals-filters__years">
      <YearRangeSlider
        min={min}
        max={max}
        value={[from ?? min, to ?? max]}
        onChange={([from, to]) => onChange({ from: from === min ? null : from, to: to === max ? null : to }, true)}
      />
      <fieldset className="inline-choice">
        <legend>Years are</legend>
        <label>
          <input type="radio" name="yearOf" checked={yearOf === 'delivery'} onChange={toDelivery} />
          years of delivery
        </label>
        <label>
          <input type="radio" name="yearOf" checked={yearOf === 'order'} onChange={() => onChange({ yearOf: 'order' })} />
          years of order
        </label>
      </fieldset>
      <p className="muted deals-filters__years-note">
        {yearOf === 'order'
          ? `Years of order go back to ${firstOrderYear}: some deals delivered from ${firstDeliveryYear} on were ordered before it.`
          : `Years of delivery start in ${firstDeliveryYear}, the first year of SIPRI’s data; years of order go back to ${firstOrderYear}.`}
      </p>
    </div>
  );
});
