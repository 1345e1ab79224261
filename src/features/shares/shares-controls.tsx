import type { CountrySummary } from '../../api/contract.ts';
import { CountryCombobox } from '../../components/country-combobox.tsx';
import { countryNamer } from '../../domain/country-names.ts';
import { TOP_CHOICES, type Measure, type Perspective, type SharesView } from './shares-view.ts';

interface Props {
  view: SharesView;
  countries: readonly CountrySummary[];
  onChange: (patch: Partial<SharesView>) => void;
}

const PERSPECTIVE_LABELS: Record<Perspective, string> = {
  recipient: 'Who supplied a country',
  supplier: 'Whom a country supplied',
  importers: 'World: largest importers',
  exporters: 'World: largest exporters',
};
const MEASURE_LABELS: Record<Measure, string> = {
  share: 'Share of total (stacked to 100 %)',
  tiv: 'TIV in millions (stacked)',
  lines: 'Lines per series',
};
/** Where a switch of perspective lands when the current country does not fit it. */
const DEFAULT_COUNTRY = { recipient: 'IND', supplier: 'RUS' } as const;

export function SharesControls({ view, countries, onChange }: Props) {
  const role = view.perspective === 'supplier' ? 'supplier' : 'recipient';
  const choices = countries.filter((c) => (role === 'supplier' ? c.supplies : c.receives));
  const pinnedNames = view.pinned.filter((id) => id !== view.country).map(countryNamer(countries, false));

  const switchPerspective = (perspective: Perspective) => {
    if (perspective === 'importers' || perspective === 'exporters') return onChange({ perspective, country: null });
    const fits = countries.find((c) => c.id === view.country && (perspective === 'supplier' ? c.supplies : c.receives));
    onChange({ perspective, country: fits ? fits.id : DEFAULT_COUNTRY[perspective] });
  };

  return (
    <div className="controls">
      <fieldset>
        <legend>Look at</legend>
        {Object.entries(PERSPECTIVE_LABELS).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="perspective"
              value={value}
              checked={view.perspective === value}
              onChange={() => switchPerspective(value as Perspective)}
            />
            {label}
          </label>
        ))}
      </fieldset>
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
      <div className="controls__row">
        <label>
          Draw out the top{' '}
          <select value={view.top} onChange={(event) => onChange({ top: Number(event.target.value) })}>
            {TOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          {view.perspective === 'recipient' || view.perspective === 'exporters' ? 'suppliers' : 'recipients'}
        </label>
        {pinnedNames.length > 0 && (
          // Otherwise a reader takes a pinned country in the legend for one of the top N.
          <span className="muted">{listNames(pinnedNames)} {pinnedNames.length === 1 ? 'is' : 'are'} always drawn out too</span>
        )}
        <label>
          <input
            type="checkbox"
            checked={view.mergeSoviet}
            onChange={(event) => onChange({ mergeSoviet: event.target.checked, hidden: [] })}
          />
          Soviet Union with Russia
        </label>
        <label>
          <input type="checkbox" checked={view.events} onChange={(event) => onChange({ events: event.target.checked })} />
          Show events
        </label>
      </div>
    </div>
  );
}

/** "Russia", "Russia and the United States", "A, B and C". */
function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
