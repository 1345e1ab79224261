import { memo } from 'react';
import type { CountrySummary, SharesGroup } from '../../api/contract.ts';
import { CountryCombobox } from '../../components/country-combobox.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { GROUPS, perspectiveDefaults, TOP_CHOICES, type Measure, type Perspective, type SharesView } from './shares-view.ts';

interface Props {
  view: SharesView;
  countries: readonly CountrySummary[];
  /** The rows the view's answer has (a country's partners over all years), once it is in: only they can be pinned. */
  partners: ReadonlySet<string> | null;
  onChange: (patch: Partial<SharesView>) => void;
}

/** What the explorer looks at: a perspective, and for the world rankings whether the rows are regions. */
const LOOK_AT = [
  { key: 'recipient', label: 'Who supplied a country', perspective: 'recipient', byRegion: false },
  { key: 'supplier', label: 'Whom a country supplied', perspective: 'supplier', byRegion: false },
  { key: 'importers', label: 'World: largest importers', perspective: 'importers', byRegion: false },
  { key: 'exporters', label: 'World: largest exporters', perspective: 'exporters', byRegion: false },
  { key: 'importers-by-region', label: 'World: importers by region', perspective: 'importers', byRegion: true },
  { key: 'exporters-by-region', label: 'World: exporters by region', perspective: 'exporters', byRegion: true },
] as const satisfies ReadonlyArray<{ key: string; label: string; perspective: Perspective; byRegion: boolean }>;
const GROUP_LABELS: Record<SharesGroup, string> = {
  region: 'Region (SIPRI’s five)',
  subregion: 'Subregion',
};
const MEASURE_LABELS: Record<Measure, string> = {
  bars: 'Ranked bars of the period’s shares',
  share: 'Share of total (stacked to 100 %)',
  tiv: 'TIV in millions (stacked)',
  lines: 'Lines per series',
};
/** Where a switch of perspective lands when the current country does not fit it. */
const DEFAULT_COUNTRY = { recipient: 'IND', supplier: 'RUS' } as const;

/** Memoised: a year-slider step, which changes none of its props, does not render it. */
export const SharesControls = memo(function SharesControls({ view, countries, partners, onChange }: Props) {
  const role = view.perspective === 'supplier' ? 'supplier' : 'recipient';
  const choices = countries.filter((c) => (role === 'supplier' ? c.supplies : c.receives));
  const nameOf = countryNamer(countries, view.mergeSoviet);
  const rowsNoun = view.group ? `${view.group}s` : { recipient: 'suppliers', supplier: 'recipients', importers: 'importers', exporters: 'exporters' }[view.perspective];
  // Pinning is offered for the perspective's own pins and any the URL asks for, where they are partners of the country
  // looked at (Russia is no recipient of Russia, nor the United States a supplier of Cuba).
  const pinnable = partners
    ? [...new Set([...perspectiveDefaults(view.perspective).pinned, ...view.pinned])].filter((id) => id !== view.country && partners.has(id))
    : [];
  const togglePin = (id: string) => onChange({ pinned: view.pinned.includes(id) ? view.pinned.filter((p) => p !== id) : [...view.pinned, id] });

  // Another perspective asks another question: its own way of drawing, top N and pins. Between the two rankings by
  // region the grouping stays (subregions of the importers, then of the exporters).
  const switchPerspective = (perspective: Perspective, byRegion: boolean) => {
    const defaults = { ...perspectiveDefaults(perspective), hidden: [] };
    if (perspective === 'importers' || perspective === 'exporters') {
      return onChange({ perspective, country: null, group: byRegion ? (view.group ?? 'region') : null, ...defaults });
    }
    const fits = countries.find((c) => c.id === view.country && (perspective === 'supplier' ? c.supplies : c.receives));
    onChange({ perspective, country: fits ? fits.id : DEFAULT_COUNTRY[perspective], group: null, ...defaults });
  };

  return (
    <div className="controls">
      <fieldset>
        <legend>Look at</legend>
        {LOOK_AT.map(({ key, label, perspective, byRegion }) => (
          <label key={key}>
            <input
              type="radio"
              name="perspective"
              value={key}
              checked={view.perspective === perspective && (view.group !== null) === byRegion}
              onChange={() => switchPerspective(perspective, byRegion)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {view.group !== null && (
        // Rows of another grouping: the hidden and pinned rows were the other grouping's.
        <fieldset>
          <legend>Group by</legend>
          {GROUPS.map((group) => (
            <label key={group}>
              <input
                type="radio"
                name="group"
                value={group}
                checked={view.group === group}
                onChange={() => onChange({ group, hidden: [], pinned: [] })}
              />
              {GROUP_LABELS[group]}
            </label>
          ))}
        </fieldset>
      )}
      {view.country !== null && (
        <CountryCombobox
          label={role === 'supplier' ? 'Supplier' : 'Recipient'}
          countries={choices}
          value={view.country}
          onChange={(country) => onChange({ country, hidden: [] })}
        />
      )}
      <fieldset>
        <legend>Draw</legend>
        {Object.entries(MEASURE_LABELS).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="measure"
              value={value}
              checked={view.measure === value}
              onChange={() => onChange({ measure: value as Measure })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {view.measure !== 'bars' && (
        <fieldset>
          <legend>Values</legend>
          <label>
            <input type="radio" name="window" checked={view.window === 1} onChange={() => onChange({ window: 1 })} />
            Yearly
          </label>
          <label>
            <input type="radio" name="window" checked={view.window === 5} onChange={() => onChange({ window: 5 })} />
            Rolling five-year sums (each year with the four before it)
          </label>
        </fieldset>
      )}
      <div className="controls__row">
        <label>
          {view.measure === 'bars' ? 'Rank the top' : 'Draw out the top'}{' '}
          <select value={view.top} onChange={(event) => onChange({ top: Number(event.target.value) })}>
            {TOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          {rowsNoun}
        </label>
        {pinnable.length > 0 && (
          // Otherwise a reader takes a pinned country for one of the top N; unticked, it is one of the rest.
          <fieldset className="inline-choice">
            <legend>Also drawn out, whatever their rank</legend>
            {pinnable.map((id) => (
              <label key={id}>
                <input type="checkbox" checked={view.pinned.includes(id)} onChange={() => togglePin(id)} />
                {nameOf(id)}
              </label>
            ))}
          </fieldset>
        )}
        {view.group === null && (
          // By region it changes nothing: the Soviet Union and Russia are both in Europe (Eastern Europe).
          <label>
            <input
              type="checkbox"
              checked={view.mergeSoviet}
              onChange={(event) => onChange({ mergeSoviet: event.target.checked, hidden: [] })}
            />
            Soviet Union with Russia
          </label>
        )}
        {view.country !== null && view.measure !== 'bars' && (
          // Events are a country's, on a timeline: not the world rankings', nor the bars'.
          <label>
            <input type="checkbox" checked={view.events} onChange={(event) => onChange({ events: event.target.checked })} />
            Show events
          </label>
        )}
      </div>
    </div>
  );
});
