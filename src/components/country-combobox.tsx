import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import type { CountrySummary } from '../api/contract.ts';
import { countryKindLabel, unmarkedName } from '../domain/country-kind.ts';
import { searchCountries } from '../domain/country-search.ts';
import { highlightBestMatch } from './highlight-best-match.ts';

interface Props {
  label: string;
  countries: readonly CountrySummary[];
  value: string | null;
  onChange: (id: string) => void;
}

/** A searchable single choice of country (Downshift's accessible combobox pattern). */
export function CountryCombobox({ label, countries, value, onChange }: Props) {
  const selected = countries.find((c) => c.id === value) ?? null;
  const [query, setQuery] = useState<string | null>(null);
  const items = useMemo(() => searchCountries(countries, query ?? ''), [countries, query]);

  const combobox = useCombobox<CountrySummary>({
    items,
    selectedItem: selected,
    // SIPRI's "*" after a name is shown as its kind, in words, in the list.
    itemToString: (item) => (item ? unmarkedName(item.name) : ''),
    itemToKey: (item) => item?.id,
    inputValue: query ?? (selected ? unmarkedName(selected.name) : ''),
    stateReducer: highlightBestMatch,
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      setQuery(null);
      if (selectedItem) onChange(selectedItem.id);
    },
    onIsOpenChange: ({ isOpen }) => {
      // Closing without a choice puts the current country's name back.
      if (!isOpen) setQuery(null);
    },
  });

  return (
    <div className="combobox">
      <label {...combobox.getLabelProps()}>{label}</label>
      <div className="combobox__field">
        <input {...combobox.getInputProps({ placeholder: 'Type a name' })} />
        <button type="button" aria-label={`Show all ${label.toLowerCase()} choices`} {...combobox.getToggleButtonProps()}>
          ▾
        </button>
      </div>
      <ul className="combobox__menu" {...combobox.getMenuProps()} hidden={!combobox.isOpen}>
        {combobox.isOpen && items.length === 0 && <li className="combobox__empty">No match</li>}
        {combobox.isOpen &&
          items.map((item, index) => (
            <li
              key={item.id}
              className={index === combobox.highlightedIndex ? 'is-highlighted' : undefined}
              {...combobox.getItemProps({ item, index })}
            >
              {unmarkedName(item.name)} <span className="combobox__kind">{countryKindLabel(item.kind)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
