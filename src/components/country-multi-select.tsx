import { useCombobox, useMultipleSelection } from 'downshift';
import { useMemo, useState } from 'react';
import type { CountrySummary } from '../api/contract.ts';
import { countryKindLabel, unmarkedName } from '../domain/country-kind.ts';
import { countryNamer } from '../domain/country-names.ts';
import { searchCountries } from '../domain/country-search.ts';
import { highlightBestMatch } from './highlight-best-match.ts';
import { formatDeals } from '../domain/format.ts';
import { useAnnouncement } from '../lib/use-announcement.ts';

/** Keeps a 257-item menu quick to render and to scan; typing narrows it further. */
const MAX_OPTIONS = 100;

export interface CountryMultiSelectProps {
  /** Visible label and the combobox's accessible name, e.g. "Supplier". */
  label: string;
  /** The choices, already filtered by the caller, sorted by name. */
  countries: readonly CountrySummary[];
  /** Selected ids (controlled). */
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Deals each choice would leave with the other filters as they are; shown beside each option when given. */
  counts?: Readonly<Record<string, number>>;
}

/** A searchable choice of several countries, shown as removable chips (Downshift's multiple-selection combobox). */
export function CountryMultiSelect({ label, countries, value, onChange, counts }: CountryMultiSelectProps) {
  const [query, setQuery] = useState('');
  // A callback ref held in state: read only in event handlers, and lint-clean unlike a ref passed to a prop getter.
  const [input, setInput] = useState<HTMLInputElement | null>(null);

  const selectedItems = useMemo(() => {
    const byId = new Map(countries.map((c) => [c.id, c]));
    // An id the list no longer has stays visible (by id) so the user can still see and remove it.
    return value.map((id): CountrySummary => byId.get(id) ?? { id, name: id, kind: 'unknown', supplies: false, receives: false, deals: 0, region: null, subregion: null });
  }, [countries, value]);

  const items = useMemo(() => {
    const chosen = new Set(value);
    return searchCountries(countries, query).filter((c) => !chosen.has(c.id));
  }, [countries, value, query]);
  const shown = items.slice(0, MAX_OPTIONS);

  // The chips come and go silently (Backspace in the empty box removes the last one): a status line says so.
  const [news, announce] = useAnnouncement();
  const choose = (ids: string[]) => {
    const nameOf = countryNamer(countries, false);
    const names = (list: string[]) => list.map((id) => unmarkedName(nameOf(id))).join(', ');
    const removed = value.filter((id) => !ids.includes(id));
    const added = ids.filter((id) => !value.includes(id));
    announce([added.length ? `Added ${names(added)} to ${label}.` : '', removed.length ? `Removed ${names(removed)} from ${label}.` : ''].join(' ').trim());
    onChange(ids);
  };

  const selection = useMultipleSelection<CountrySummary>({
    selectedItems,
    itemToKey: (item) => item?.id,
    onSelectedItemsChange: ({ selectedItems: next }) => choose(next.map((c) => c.id)),
  });

  const combobox = useCombobox<CountrySummary>({
    items: shown,
    selectedItem: null, // choices live in `value`; the combobox itself only picks the next one
    itemToString: (item) => (item ? unmarkedName(item.name) : ''),
    itemToKey: (item) => item?.id,
    inputValue: query,
    stateReducer: highlightBestMatch,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (!selectedItem) return;
      setQuery('');
      choose([...value, selectedItem.id]);
    },
  });

  // The button the user pressed disappears, so focus would otherwise fall back to the page.
  const change = (ids: string[]) => {
    choose(ids);
    input?.focus();
  };

  return (
    <div className="combobox multi-select">
      <label {...combobox.getLabelProps()}>{label}</label>
      <div className="multi-select__field">
        {selectedItems.map((item, index) => (
          <span
            key={item.id}
            className={`multi-select__chip${index === selection.activeIndex ? ' is-active' : ''}`}
            {...selection.getSelectedItemProps({ selectedItem: item, index })}
          >
            {unmarkedName(item.name)}
            {item.kind !== 'state' && <span className="combobox__kind"> {countryKindLabel(item.kind)}</span>}
            <button
              type="button"
              tabIndex={-1}
              aria-label={`Remove ${unmarkedName(item.name)}`}
              onClick={(event) => {
                event.stopPropagation(); // not also a chip click (which only activates it)
                change(value.filter((id) => id !== item.id));
              }}
            >
              ×
            </button>
          </span>
        ))}
        <input
          {...combobox.getInputProps({
            // Backspace/ArrowLeft go to the chips unless the user is moving through the options.
            ...selection.getDropdownProps({ preventKeyAction: combobox.highlightedIndex >= 0, ref: setInput }),
            placeholder: value.length ? undefined : 'Type a name',
          })}
        />
        {value.length > 0 && (
          <button type="button" className="multi-select__clear" aria-label={`Clear ${label}`} onClick={() => change([])}>
            Clear
          </button>
        )}
      </div>
      <ul className="combobox__menu" {...combobox.getMenuProps()} hidden={!combobox.isOpen}>
        {combobox.isOpen && items.length === 0 && <li className="combobox__empty">No match</li>}
        {combobox.isOpen &&
          shown.map((item, index) => {
            const count = counts?.[item.id];
            const classes = [index === combobox.highlightedIndex && 'is-highlighted', count === 0 && 'multi-select__option--none'];
            return (
              <li key={item.id} className={classes.filter(Boolean).join(' ') || undefined} {...combobox.getItemProps({ item, index })}>
                {unmarkedName(item.name)}
                {item.kind !== 'state' && <span className="combobox__kind"> {countryKindLabel(item.kind)}</span>}
                {count !== undefined && <span className="multi-select__count"> · {formatDeals(count)}</span>}
              </li>
            );
          })}
        {combobox.isOpen && items.length > MAX_OPTIONS && <li className="combobox__empty">Type to narrow the list</li>}
      </ul>
      <span role="status" className="visually-hidden">
        {news}
      </span>
    </div>
  );
}
